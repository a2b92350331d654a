using System.Security.Cryptography;
using System.Text;
using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;
using Exports.Tests.Provenance.Vectors;

namespace Exports.Tests.Provenance.Manifests;

/// <summary>Checks the canonical form and HMAC against the worked example of docs/provenance.md.</summary>
[TestFixture]
public sealed class DocumentedManifestTests
{
    private static readonly string Page = DocumentedVectors.FindPage();

    private static readonly DocumentedManifestVector Vector = DocumentedManifestVector.Load(Page);

    [Test]
    public void CanonicalBytesMatchPage()
    {
        var expected = Vector.CanonicalHex;

        var bytes = ManifestCanonicalForm.GetBytes(Vector.Manifest);

        Assert.That(Convert.ToHexStringLower(bytes), Is.EqualTo(expected));
    }

    [Test]
    public void HmacOverPageBytesMatchesPage()
    {
        var bytes = Convert.FromHexString(Vector.CanonicalHex);

        var mac = HMACSHA256.HashData(Vector.Key, bytes);

        Assert.That(Convert.ToBase64String(mac), Is.EqualTo(Vector.Hmac));
    }

    [Test]
    public void SignerReproducesPageHmac()
    {
        var signer = new ManifestSigner(Ring());

        var signed = signer.Sign(Vector.Manifest with { KeyId = string.Empty, Hmac = string.Empty });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signed.KeyId, Is.EqualTo(Vector.KeyId));
            Assert.That(signed.Hmac, Is.EqualTo(Vector.Hmac));
            Assert.That(signer.Verify(Vector.Manifest), Is.True);
        }
    }

    [Test]
    public void XmlExampleReadsAsVector()
    {
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes(Vector.Xml));

        var manifest = ManifestXml.Read(xml);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                ManifestCanonicalForm.GetBytes(manifest), Is.EqualTo(ManifestCanonicalForm.GetBytes(Vector.Manifest)));
            Assert.That(manifest.Hmac, Is.EqualTo(Vector.Hmac));
            Assert.That(new ManifestSigner(Ring()).Verify(manifest), Is.True);
        }
    }

    [Test]
    public void XmlExampleMatchesWriter()
    {
        using var written = new MemoryStream();

        ManifestXml.Write(Vector.Manifest, written);

        var text = Encoding.UTF8.GetString(written.ToArray()).TrimStart('\uFEFF');
        Assert.That(Lines(text), Is.EqualTo(Lines(Vector.Xml)));
    }

    [Test]
    public void ExampleHashesMatchSmallSheetVector()
    {
        var small = DocumentedVectors.Load(Page).Single(vector => vector.Name == "small sheet");

        var result = HashVectorRun.Of(small with
        {
            Sheets = [small.Sheets[0] with { Name = "Foundation - Prices" }, new VectorSheet("Foundation - Notes", [])],
        }).Result;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.DataHash, Is.EqualTo(Vector.Manifest.DataHash));
            Assert.That(
                result.Sheets.Select(sheet => sheet.Hash),
                Is.EqualTo(Vector.Manifest.Sheets.Select(sheet => sheet.Hash)));
            Assert.That(
                result.Sheets.Select(sheet => sheet.CellCount),
                Is.EqualTo(Vector.Manifest.Sheets.Select(sheet => sheet.CellCount)));
        }
    }

    private static ProvenanceKeyRing Ring() =>
        new(new Dictionary<string, byte[]> { [Vector.KeyId] = Vector.Key }, Vector.KeyId);

    private static string[] Lines(string text) => [.. text.Trim().Split('\n').Select(line => line.TrimEnd('\r'))];
}
