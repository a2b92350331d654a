using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Provenance.Manifests;

[TestFixture]
public sealed class ManifestCanonicalFormTests
{
    [Test]
    public void CanonicalBytesStartWithHeader()
    {
        var bytes = ManifestCanonicalForm.GetBytes(ManifestSamples.Unsigned());

        Assert.That(bytes[..15], Is.EqualTo("cb_manifest_v1\n"u8.ToArray()));
    }

    [Test]
    public void FieldsAreLengthPrefixed()
    {
        var bytes = ManifestCanonicalForm.GetBytes(ManifestSamples.Unsigned());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes[15..19], Is.EqualTo(new byte[] { 0, 0, 0, 10 }));
            Assert.That(bytes[19..29], Is.EqualTo("cb_hash_v1"u8.ToArray()));
        }
    }

    [Test]
    public void HmacIsNotCovered()
    {
        var manifest = ManifestSamples.Unsigned();

        var before = ManifestCanonicalForm.GetBytes(manifest);
        var after = ManifestCanonicalForm.GetBytes(manifest with { Hmac = "anything" });

        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public void FieldBoundaryShiftChangesBytes()
    {
        var manifest = ManifestSamples.Unsigned();

        var original = ManifestCanonicalForm.GetBytes(manifest with { ExportId = "exp_ab", WorkbookId = "c" });
        var shifted = ManifestCanonicalForm.GetBytes(manifest with { ExportId = "exp_a", WorkbookId = "bc" });

        Assert.That(shifted, Is.Not.EqualTo(original));
    }
}
