using System.Security.Cryptography;
using System.Text;
using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Signing;
using Exports.Tests.Provenance.Vectors;

namespace Exports.Tests.Provenance.Manifests;

/// <summary>Checks the signed variant of the worked example of docs/provenance.md.</summary>
[TestFixture]
public sealed class DocumentedSignedManifestTests
{
    private static readonly string Page = DocumentedVectors.FindPage();

    private static readonly DocumentedManifestVector Unsigned = DocumentedManifestVector.Load(Page);

    private static readonly DocumentedSignedManifestVector Signed = DocumentedSignedManifestVector.Load(Page);

    [Test]
    public void DigestHashesUnsignedPageBytes()
    {
        var pageBytes = Convert.FromHexString(Unsigned.CanonicalHex);

        var digest = ManifestDigest.Compute(Unsigned.Manifest with { Signature = Signed.Signature });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Convert.ToHexStringLower(digest), Is.EqualTo(Signed.DigestHex));
            Assert.That(digest, Is.EqualTo(SHA256.HashData(pageBytes)));
        }
    }

    [Test]
    public void PageSignatureVerifiesOverDigest()
    {
        var digest = Convert.FromHexString(Signed.DigestHex);

        var (key, problem) = Es256Verifier.Verify(Signed.Signature, digest);

        Assert.That(key, Is.Not.Null, problem);
    }

    [Test]
    public void SignedBytesAppendPageFields()
    {
        var manifest = Unsigned.Manifest with { Signature = Signed.Signature };

        var bytes = ManifestCanonicalForm.GetBytes(manifest);

        Assert.That(Convert.ToHexStringLower(bytes), Is.EqualTo(Unsigned.CanonicalHex + Signed.AppendedHex));
    }

    [Test]
    public void SignerReproducesPageHmac()
    {
        var ring = new ProvenanceKeyRing(
            new Dictionary<string, byte[]> { [Unsigned.KeyId] = Unsigned.Key }, Unsigned.KeyId);

        var signed = new ManifestSigner(ring).Sign(Unsigned.Manifest with { Signature = Signed.Signature });

        Assert.That(signed.Hmac, Is.EqualTo(Signed.Hmac));
    }

    [Test]
    public void XmlExampleMatchesWriter()
    {
        using var written = new MemoryStream();

        ManifestXml.Write(Unsigned.Manifest with { Signature = Signed.Signature, Hmac = Signed.Hmac }, written);

        var text = Encoding.UTF8.GetString(written.ToArray()).TrimStart('\uFEFF');
        Assert.That(Lines(text), Is.EqualTo(Lines(Signed.Xml)));
    }

    [Test]
    public void XmlExampleReadsAsVector()
    {
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes(Signed.Xml));

        var manifest = ManifestXml.Read(xml);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.Signature, Is.EqualTo(Signed.Signature));
            Assert.That(manifest.Hmac, Is.EqualTo(Signed.Hmac));
        }
    }

    private static string[] Lines(string text) => [.. text.Trim().Split('\n').Select(line => line.TrimEnd('\r'))];
}
