using System.Security.Cryptography;
using System.Text;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Renderer.Signing;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>The external signature the XLSX writer adds to the manifest when an export requests one.</summary>
[TestFixture]
public sealed class XlsxSigningTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task SigningOptionEmbedsValidSignature()
    {
        var (path, context) = await ExportAsync(Signed);

        var embedded = ReadManifest(path);
        var check = XlsxWriters.Trust.Check(embedded.Signature!, ManifestDigest.Compute(embedded));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(embedded.Signature?.Algorithm, Is.EqualTo("ES256"));
            Assert.That(embedded.Signature?.KeyId, Is.EqualTo(XlsxWriters.SignerKeyId));
            Assert.That(embedded.Signature?.PublicKey, Is.EqualTo(Convert.ToBase64String(XlsxWriters.LocalSigner.SubjectPublicKeyInfo)));
            Assert.That(check.Valid, Is.True, check.Problem);
            Assert.That(XlsxWriters.Signer.Verify(embedded), Is.True);
            Assert.That(context.Manifest?.Signature, Is.EqualTo(embedded.Signature));
        }
    }

    [Test]
    public async Task HmacCoversSignature()
    {
        var (path, _) = await ExportAsync(Signed);

        var embedded = ReadManifest(path);
        var stripped = embedded with { Signature = null };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(XlsxWriters.Signer.Verify(embedded), Is.True);
            Assert.That(XlsxWriters.Signer.Verify(stripped), Is.False);
        }
    }

    [Test]
    public async Task OptionOffEmbedsNoSignature()
    {
        var (path, context) = await ExportAsync(new RenderOptions());

        var xml = ReadManifestXml(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(xml, Does.Not.Contain("signature"));
            Assert.That(context.Manifest?.Signature, Is.Null);
        }
    }

    [Test]
    public async Task OptionOffKeepsCanonicalBytes()
    {
        var builder = Sample();
        var unsignedPath = await ExportFiles.WriteAsync(
            XlsxWriters.Create(), await builder.BuildAsync(folder), folder.File("unsigned.xlsx"));
        var signedPath = await ExportFiles.WriteAsync(
            XlsxWriters.Create(), await builder.BuildAsync(folder, Signed), folder.File("signed.xlsx"));

        var unsigned = ReadManifest(unsignedPath);
        var signed = ReadManifest(signedPath);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                ManifestCanonicalForm.GetBytes(unsigned),
                Is.EqualTo(ManifestCanonicalForm.GetBytes(signed with { Signature = null })));
            Assert.That(ManifestDigest.Compute(signed), Is.EqualTo(SHA256.HashData(ManifestCanonicalForm.GetBytes(unsigned))));
        }
    }

    [Test]
    public async Task FailedSigningSetsNoManifest()
    {
        var context = await Sample().BuildAsync(folder, Signed);
        var writer = XlsxWriters.Create(digestSigner: new FailingSigner());

        var write = () => ExportFiles.WriteAsync(writer, context, folder.File("out.xlsx"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(write, Throws.InstanceOf<SigningFailedException>().With.Message.Contains("service down"));
            Assert.That(context.Manifest, Is.Null);
        }
    }

    [Test]
    public async Task UntrustedSignerFailsExport()
    {
        var context = await Sample().BuildAsync(folder, Signed);
        using var stranger = new LocalDigestSigner("stranger", ECDsa.Create(ECCurve.NamedCurves.nistP256));
        var writer = XlsxWriters.Create(digestSigner: stranger);

        var write = () => ExportFiles.WriteAsync(writer, context, folder.File("out.xlsx"));

        Assert.That(write, Throws.InstanceOf<SigningFailedException>()
            .With.Property(nameof(SigningFailedException.Error)).Property("Code").EqualTo("signing_failed")
            .And.Message.Contains("'stranger'"));
    }

    private static RenderOptions Signed => new() { XlsxSigning = true };

    private static NormalizedWorkbookBuilder Sample() => new NormalizedWorkbookBuilder()
        .Sheet("Assets", SampleCells.Grid(4, 3))
        .Sheet("Notes", []);

    private static ProvenanceManifest ReadManifest(string path)
    {
        using var package = new XlsxPackage(path);

        return EmbeddedManifest.Read(package);
    }

    private static string ReadManifestXml(string path)
    {
        using var package = new XlsxPackage(path);
        using var stream = EmbeddedManifest.Parts(package).Single().GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);

        return reader.ReadToEnd();
    }

    private Task<(string Path, RenderContext Context)> ExportAsync(RenderOptions options) =>
        ExportFiles.ExportAsync(XlsxWriters.Create(), Sample(), folder, "out.xlsx", options);

    /// <summary>A signer whose service is down.</summary>
    private sealed class FailingSigner : IDigestSigner
    {
        public string Description => "the failing test signer";

        public Task<ManifestSignature> SignAsync(DigestSigningRequest request, CancellationToken cancellationToken) =>
            throw new SigningFailedException("Signing failed: the failing test signer reports its service down.");
    }
}
