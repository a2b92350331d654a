using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
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

    [Test]
    public void SignatureFieldsFollowSheets()
    {
        var manifest = ManifestSamples.Unsigned();
        var signature = ManifestSamples.Signature();
        var expected = ManifestCanonicalForm.GetBytes(manifest).Concat(Framed(
            "signature", "ES256", "signer-1", "public_key", signature.PublicKey!, signature.Value));

        var bytes = ManifestCanonicalForm.GetBytes(manifest with { Signature = signature });

        Assert.That(bytes, Is.EqualTo(expected));
    }

    [Test]
    public void CertificateFormIsNamed()
    {
        var signature = ManifestSamples.Signature() with { PublicKey = null, Certificate = "Y2VydA==" };
        var manifest = ManifestSamples.Unsigned();
        var expected = ManifestCanonicalForm.GetBytes(manifest).Concat(Framed(
            "signature", "ES256", "signer-1", "certificate", "Y2VydA==", signature.Value));

        var bytes = ManifestCanonicalForm.GetBytes(manifest with { Signature = signature });

        Assert.That(bytes, Is.EqualTo(expected));
    }

    [Test]
    public void SignatureValueIsCovered()
    {
        var manifest = ManifestSamples.Unsigned() with { Signature = ManifestSamples.Signature() };
        var edited = manifest with { Signature = manifest.Signature! with { Value = "AAAA" + manifest.Signature.Value[4..] } };

        var bytes = ManifestCanonicalForm.GetBytes(edited);

        Assert.That(bytes, Is.Not.EqualTo(ManifestCanonicalForm.GetBytes(manifest)));
    }

    [Test]
    public void DigestIgnoresSignature()
    {
        var manifest = ManifestSamples.Unsigned();

        var digest = ManifestDigest.Compute(manifest with { Signature = ManifestSamples.Signature() });

        Assert.That(digest, Is.EqualTo(SHA256.HashData(ManifestCanonicalForm.GetBytes(manifest))));
    }

    private static byte[] Framed(params string[] fields)
    {
        var bytes = new List<byte>();
        foreach (var field in fields)
        {
            var text = Encoding.UTF8.GetBytes(field);
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)text.Length);
            bytes.AddRange(length);
            bytes.AddRange(text);
        }

        return [.. bytes];
    }
}
