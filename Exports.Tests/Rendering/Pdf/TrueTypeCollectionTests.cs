using System.Buffers.Binary;
using Exports.Renderer.Rendering.Pdf;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>Taking one font out of a TrueType collection, which PDFsharp cannot read whole.</summary>
[TestFixture]
public sealed class TrueTypeCollectionTests
{
    [Test]
    public void CollectionYieldsStandaloneFont()
    {
        var collection = File.ReadAllBytes(PdfOptions.DefaultFallbackFontFile);

        var font = TrueTypeCollection.ExtractFont(collection, 0);

        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var lastRecord = 12 + (16 * (tables - 1));
        var lastOffset = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(lastRecord + 8));
        var lastLength = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(lastRecord + 12));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(collection[..4], Is.EqualTo("ttcf"u8.ToArray()));
            Assert.That(BinaryPrimitives.ReadUInt32BigEndian(font), Is.EqualTo(0x00010000u));
            Assert.That(tables, Is.GreaterThan(5));
            Assert.That(lastOffset + lastLength, Is.LessThanOrEqualTo((uint)font.Length));
            Assert.That(font, Has.Length.LessThan(collection.Length));
        }
    }

    [Test]
    public void PlainFontIsReturnedAsIs()
    {
        var font = File.ReadAllBytes(Path.Combine(PdfOptions.DefaultMainFontFolder, "DejaVuSans.ttf"));

        Assert.That(TrueTypeCollection.ExtractFont(font, 0), Is.SameAs(font));
    }

    [Test]
    public void MissingFontIndexIsRejected()
    {
        var collection = File.ReadAllBytes(PdfOptions.DefaultFallbackFontFile);

        Assert.That(() => TrueTypeCollection.ExtractFont(collection, 99),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("has none at index 99"));
    }

    [Test]
    public void TruncatedCollectionIsRejected()
    {
        var collection = File.ReadAllBytes(PdfOptions.DefaultFallbackFontFile)[..4096];

        Assert.That(() => TrueTypeCollection.ExtractFont(collection, 0),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated"));
    }
}
