using System.Security.Cryptography;
using Exports.Renderer.Signing;
using Exports.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Exports.Tests.Signing;

/// <summary>Where the local signer's key comes from, and what its signatures carry.</summary>
[TestFixture]
public sealed class LocalSignerLoaderTests
{
    private string dataDirectory = null!;

    [SetUp]
    public void CreateDirectory() => dataDirectory = Directory.CreateTempSubdirectory("exports-signer-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(dataDirectory, recursive: true);

    [Test]
    public void DevelopmentKeySurvivesRestart()
    {
        using var first = Load(new SigningOptions());

        using var second = Load(new SigningOptions());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second!.KeyId, Is.EqualTo(LocalSignerLoader.DevelopmentKeyId));
            Assert.That(second.SubjectPublicKeyInfo, Is.EqualTo(first!.SubjectPublicKeyInfo));
        }
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void DevelopmentKeyFileIsOwnerOnly()
    {
        using var signer = Load(new SigningOptions());

        var mode = File.GetUnixFileMode(DevelopmentKeyPath());

        Assert.That(mode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void ConfiguredPemKeySigns()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new SigningOptions { Local = { KeyId = "k2026", PrivateKey = key.ExportPkcs8PrivateKeyPem() } };

        using var signer = Load(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signer!.KeyId, Is.EqualTo("k2026"));
            Assert.That(signer.SubjectPublicKeyInfo, Is.EqualTo(key.ExportSubjectPublicKeyInfo()));
            Assert.That(File.Exists(DevelopmentKeyPath()), Is.False);
        }
    }

    [Test]
    public void ConfiguredBase64KeySigns()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new SigningOptions
        {
            Local = { KeyId = "k2026", PrivateKey = Convert.ToBase64String(key.ExportPkcs8PrivateKey()) },
        };

        using var signer = Load(options);

        Assert.That(signer!.SubjectPublicKeyInfo, Is.EqualTo(key.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public void ConfiguredSec1KeySigns()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new SigningOptions
        {
            Local = { KeyId = "k2026", PrivateKey = Convert.ToBase64String(key.ExportECPrivateKey()) },
        };

        using var signer = Load(options);

        Assert.That(signer!.SubjectPublicKeyInfo, Is.EqualTo(key.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public void HttpProviderGeneratesNoKey()
    {
        var options = new SigningOptions { Provider = SigningProviders.Http, Http = { Endpoint = "http://127.0.0.1:9/sign" } };

        using var signer = Load(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signer, Is.Null);
            Assert.That(File.Exists(DevelopmentKeyPath()), Is.False);
        }
    }

    [Test]
    public void HttpProviderKeepsTrustingDevelopmentKey()
    {
        using var local = Load(new SigningOptions());
        var options = new SigningOptions { Provider = SigningProviders.Http, Http = { Endpoint = "http://127.0.0.1:9/sign" } };

        var keys = SignerKeys.Load(options, Storage(), NullLogger.Instance);

        Assert.That(keys.Trust.KeyIds, Is.EquivalentTo(new[] { LocalSignerLoader.DevelopmentKeyId }));
    }

    [Test]
    public async Task SignatureVerifiesWithOwnKey()
    {
        using var signer = Load(new SigningOptions());
        var digest = SHA256.HashData("manifest"u8);

        var signature = await signer!.SignAsync(new DigestSigningRequest(digest, "exp_1", "t_1"), CancellationToken.None);
        var (key, problem) = Es256Verifier.Verify(signature, digest);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(key, Is.EqualTo(signer.SubjectPublicKeyInfo), problem);
            Assert.That(signature.PublicKey, Is.EqualTo(Convert.ToBase64String(signer.SubjectPublicKeyInfo)));
            Assert.That(Convert.FromBase64String(signature.Value), Has.Length.EqualTo(64));
        }
    }

    [Test]
    public void ConflictingTrustedKeyIsRejected()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new SigningOptions
        {
            Local = { KeyId = "k1", PrivateKey = key.ExportPkcs8PrivateKeyPem() },
            TrustedKeys = { ["k1"] = Convert.ToBase64String(other.ExportSubjectPublicKeyInfo()) },
        };

        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => SignerKeys.Load(options, Storage(), NullLogger.Instance));

        Assert.That(exception.Message, Does.Contain("Signing__TrustedKeys__k1"));
    }

    private LocalDigestSigner? Load(SigningOptions options) =>
        LocalSignerLoader.Load(options, Storage(), NullLogger.Instance);

    private StorageOptions Storage() => new() { DataDirectory = dataDirectory };

    private string DevelopmentKeyPath() => Path.Combine(dataDirectory, "keys", LocalSignerLoader.DevelopmentKeyFileName);
}
