using System.Diagnostics;
using System.Security.Cryptography;
using Exports.Contracts;
using Exports.Renderer.Signing;
using Exports.Storage;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Signing;

/// <summary>
/// The HTTP signer as the renderer wires it, with its resilience pipeline, against the test signing service
/// running as a separate process and misbehaving on request.
/// </summary>
[TestFixture]
public sealed class HttpSignerTests
{
    private static readonly byte[] Digest = SHA256.HashData("manifest canonical bytes"u8);

    private TestSignerProcess service = null!;
    private string dataDirectory = null!;

    [OneTimeSetUp]
    public async Task StartServiceAsync()
    {
        service = await TestSignerProcess.StartAsync();
        dataDirectory = Directory.CreateTempSubdirectory("exports-http-signer-").FullName;
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync()
    {
        await service.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [SetUp]
    public Task BehaveAsync() => service.BehaveAsync(new TestSignerBehaviour());

    [Test]
    public async Task ServiceSignatureVerifies()
    {
        await using var signer = CreateSigner(service.RendererSettings());

        var signature = await signer.Signer.SignAsync(Request(), CancellationToken.None);
        var check = signer.Trust.Check(signature, Digest);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signature.Algorithm, Is.EqualTo("ES256"));
            Assert.That(signature.KeyId, Is.EqualTo(TestSignerProcess.KeyId));
            Assert.That(signature.PublicKey, Is.EqualTo(service.PublicKey));
            Assert.That(signature.Certificate, Is.Null);
            Assert.That(check.Valid, Is.True, check.Problem);
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ServiceCertificateVerifies()
    {
        await service.BehaveAsync(new TestSignerBehaviour(ReportCertificate: true));
        await using var signer = CreateSigner(service.RendererSettings());

        var signature = await signer.Signer.SignAsync(Request(), CancellationToken.None);
        var check = signer.Trust.Check(signature, Digest);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signature.PublicKey, Is.Null);
            Assert.That(signature.Certificate, Is.Not.Null);
            Assert.That(check.Valid, Is.True, check.Problem);
        }
    }

    [Test]
    public async Task ServerErrorsWithinRetriesSucceed()
    {
        await service.BehaveAsync(new TestSignerBehaviour(FailuresBeforeSuccess: 2));
        await using var signer = CreateSigner(service.RendererSettings());

        var signature = await signer.Signer.SignAsync(Request(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signer.Trust.Check(signature, Digest).Valid, Is.True);
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task PersistentServerErrorFailsSigning()
    {
        await service.BehaveAsync(new TestSignerBehaviour(FailuresBeforeSuccess: -1));
        await using var signer = CreateSigner(service.RendererSettings());

        var failure = await FailureAsync(signer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Error.Code, Is.EqualTo(ExportErrorCode.SigningFailed));
            Assert.That(failure.Message, Does.Contain(service.Endpoint));
            Assert.That(failure.Message, Does.Contain("HTTP 500"));
            Assert.That(failure.Message, Does.Contain("after 3 attempts"));
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ForbiddenIsNotRetried()
    {
        await service.BehaveAsync(new TestSignerBehaviour(FailuresBeforeSuccess: -1, FailureStatus: 403));
        await using var signer = CreateSigner(service.RendererSettings());

        var failure = await FailureAsync(signer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Message, Does.Contain("HTTP 403"));
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SlowServiceTimesOut()
    {
        await service.BehaveAsync(new TestSignerBehaviour(DelayMs: 10_000));
        await using var signer = CreateSigner(service.RendererSettings());
        var clock = Stopwatch.StartNew();

        var failure = await FailureAsync(signer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Message, Does.Contain("timed out: no response within 1 s"));
            Assert.That(failure.Message, Does.Contain(service.Endpoint));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(8)));
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task TotalTimeoutCutsRetries()
    {
        await service.BehaveAsync(new TestSignerBehaviour(DelayMs: 10_000));
        var settings = service.RendererSettings();
        settings["Signing:Http:TotalTimeout"] = "00:00:01.5";
        await using var signer = CreateSigner(settings);
        var clock = Stopwatch.StartNew();

        var failure = await FailureAsync(signer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Message, Does.Contain("Signing__Http__TotalTimeout"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task GarbageResponseFailsSigning()
    {
        await service.BehaveAsync(new TestSignerBehaviour(Garbage: true));
        await using var signer = CreateSigner(service.RendererSettings());

        var failure = await FailureAsync(signer);

        Assert.That(failure.Message, Does.Contain("invalid response: the body is not JSON"));
    }

    [Test]
    public async Task MismatchedReportedKeyFailsSigning()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = Convert.ToBase64String(other.ExportSubjectPublicKeyInfo());
        await service.BehaveAsync(new TestSignerBehaviour(ReportedPublicKey: otherKey));
        var settings = service.RendererSettings();
        settings[$"Signing:TrustedKeys:{TestSignerProcess.KeyId}"] = otherKey;
        await using var signer = CreateSigner(settings);

        var failure = await FailureAsync(signer);

        Assert.That(failure.Message, Does.Contain("does not verify against the public key"));
    }

    [Test]
    public async Task UntrustedServiceKeyFailsSigning()
    {
        await using var signer = CreateSigner(service.RendererSettings(trustKey: false));

        var failure = await FailureAsync(signer);

        Assert.That(failure.Message, Does.Contain($"Signing__TrustedKeys__{TestSignerProcess.KeyId}"));
    }

    [Test]
    public async Task UnreachableServiceFailsSigning()
    {
        var settings = service.RendererSettings();
        settings["Signing:Http:Endpoint"] = $"http://127.0.0.1:{LoopbackPorts.Free()}/sign?token=hunter2";
        await using var signer = CreateSigner(settings);

        var failure = await FailureAsync(signer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Message, Does.Contain("could not be reached after 3 attempts (Connection refused"));
            Assert.That(failure.Message, Does.Not.Contain("hunter2"));
        }
    }

    private static DigestSigningRequest Request() => new(Digest, "exp_http_signer", "t_signing");

    private static async Task<SigningFailedException> FailureAsync(SignerHost signer)
    {
        try
        {
            await signer.Signer.SignAsync(Request(), CancellationToken.None);
        }
        catch (SigningFailedException exception)
        {
            return exception;
        }

        Assert.Fail("Signing succeeded although the service misbehaved.");

        return null!;
    }

    private SignerHost CreateSigner(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddOptions<StorageOptions>().Configure(options => options.DataDirectory = dataDirectory);
        services.AddManifestSigning();

        return new SignerHost(services.BuildServiceProvider());
    }

    /// <summary>The signer and trust resolved from the renderer's own registrations.</summary>
    private sealed class SignerHost(ServiceProvider provider) : IAsyncDisposable
    {
        public IDigestSigner Signer { get; } = provider.GetRequiredService<IDigestSigner>();

        public SignerTrust Trust { get; } = provider.GetRequiredService<SignerTrust>();

        public ValueTask DisposeAsync() => provider.DisposeAsync();
    }
}
