using System.Text;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Provenance.Manifests;

[TestFixture]
public sealed class ManifestXmlTests
{
    [Test]
    public void WrittenManifestReadsBackEqual()
    {
        var manifest = new ManifestSigner(ManifestSamples.Ring("k1")).Sign(ManifestSamples.Unsigned());
        using var stream = new MemoryStream();

        ManifestXml.Write(manifest, stream);
        stream.Position = 0;
        var read = ManifestXml.Read(stream);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read with { Sheets = [] }, Is.EqualTo(manifest with { Sheets = [] }));
            Assert.That(read.Sheets, Is.EqualTo(manifest.Sheets));
        }
    }

    [Test]
    public void WrittenManifestIsRecognised()
    {
        using var stream = new MemoryStream();
        ManifestXml.Write(ManifestSamples.Unsigned(), stream);
        stream.Position = 0;

        var recognised = ManifestXml.IsManifest(stream);

        Assert.That(recognised, Is.True);
    }

    [Test]
    public void OtherCustomXmlIsNotManifest()
    {
        using var stream = new MemoryStream("<root xmlns=\"urn:other\"><manifest/></root>"u8.ToArray());

        var recognised = ManifestXml.IsManifest(stream);

        Assert.That(recognised, Is.False);
    }

    [Test]
    public void MissingElementIsNamed()
    {
        var xml = $"<manifest xmlns=\"{ManifestXml.Namespace}\" version=\"cb_hash_v1\"><exportId>exp_a</exportId></manifest>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var exception = Assert.Throws<ManifestFormatException>(() => ManifestXml.Read(stream));

        Assert.That(exception.Message, Does.Contain("workbookId"));
    }

    [Test]
    public void DocumentTypeDefinitionIsRejected()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY x \"y\">]>" +
            $"<manifest xmlns=\"{ManifestXml.Namespace}\">&x;</manifest>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        Assert.Throws<ManifestFormatException>(() => ManifestXml.Read(stream));
    }

    [Test]
    public void NonNumericCellCountIsRejected()
    {
        using var stream = new MemoryStream();
        ManifestXml.Write(ManifestSamples.Unsigned(), stream);
        var xml = Encoding.UTF8.GetString(stream.ToArray()).Replace("cellCount=\"12\"", "cellCount=\"twelve\"");

        var exception = Assert.Throws<ManifestFormatException>(
            () => ManifestXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))));

        Assert.That(exception.Message, Does.Contain("twelve"));
    }

    [Test]
    public void SignatureReadsBackEqual()
    {
        var manifest = ManifestSamples.Unsigned() with { Signature = ManifestSamples.Signature(), Hmac = "bWFj" };
        using var stream = new MemoryStream();

        ManifestXml.Write(manifest, stream);
        stream.Position = 0;
        var read = ManifestXml.Read(stream);

        Assert.That(read.Signature, Is.EqualTo(manifest.Signature));
    }

    [Test]
    public void UnsignedManifestHasNoSignatureElement()
    {
        using var stream = new MemoryStream();

        ManifestXml.Write(ManifestSamples.Unsigned(), stream);

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Does.Not.Contain("signature"));
    }

    [Test]
    public void SignatureWithTwoKeysIsRejected()
    {
        var xml = SignedXml().Replace("</value>", "</value><certificate>Y2VydA==</certificate>", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var exception = Assert.Throws<ManifestFormatException>(() => ManifestXml.Read(stream));

        Assert.That(exception.Message, Does.Contain("exactly one publicKey or certificate"));
    }

    [Test]
    public void SignatureWithoutValueIsRejected()
    {
        var xml = System.Text.RegularExpressions.Regex.Replace(SignedXml(), "<value>[^<]*</value>", string.Empty);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var exception = Assert.Throws<ManifestFormatException>(() => ManifestXml.Read(stream));

        Assert.That(exception.Message, Does.Contain("signature value"));
    }

    private static string SignedXml()
    {
        using var stream = new MemoryStream();
        ManifestXml.Write(ManifestSamples.Unsigned() with { Signature = ManifestSamples.Signature(), Hmac = "bWFj" }, stream);

        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
    }
}
