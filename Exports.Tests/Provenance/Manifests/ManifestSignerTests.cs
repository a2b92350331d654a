using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Provenance.Manifests;

[TestFixture]
public sealed class ManifestSignerTests
{
    [Test]
    public void SignedManifestVerifies()
    {
        var signer = new ManifestSigner(ManifestSamples.Ring("k1"));

        var signed = signer.Sign(ManifestSamples.Unsigned());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signed.KeyId, Is.EqualTo("k1"));
            Assert.That(Convert.FromBase64String(signed.Hmac), Has.Length.EqualTo(32));
            Assert.That(signer.Verify(signed), Is.True);
        }
    }

    [TestCase("TenantId")]
    [TestCase("ExportId")]
    [TestCase("WorkbookId")]
    [TestCase("HashScope")]
    [TestCase("DataHash")]
    [TestCase("CreatedAt")]
    [TestCase("ManifestVersion")]
    public void EditedFieldFailsVerification(string field)
    {
        var signer = new ManifestSigner(ManifestSamples.Ring("k1"));
        var signed = signer.Sign(ManifestSamples.Unsigned());

        var edited = field switch
        {
            "TenantId" => signed with { TenantId = "t_other" },
            "ExportId" => signed with { ExportId = "exp_zzzzzzzzzzzzzzzzzzzz" },
            "WorkbookId" => signed with { WorkbookId = "650e8400-e29b-41d4-a716-446655440000" },
            "HashScope" => signed with { HashScope = "validated" },
            "DataHash" => signed with { DataHash = "sha256:" + new string('f', 64) },
            "CreatedAt" => signed with { CreatedAt = "2026-02-15T10:30:01.000Z" },
            _ => signed with { ManifestVersion = "cb_hash_v2" },
        };

        Assert.That(signer.Verify(edited), Is.False);
    }

    [Test]
    public void EditedSheetFailsVerification()
    {
        var signer = new ManifestSigner(ManifestSamples.Ring("k1"));
        var signed = signer.Sign(ManifestSamples.Unsigned());

        var edited = signed with { Sheets = [signed.Sheets[0] with { CellCount = 13 }, signed.Sheets[1]] };

        Assert.That(signer.Verify(edited), Is.False);
    }

    [Test]
    public void OldKeyStillVerifiesAfterRotation()
    {
        var signed = new ManifestSigner(ManifestSamples.Ring("k1")).Sign(ManifestSamples.Unsigned());
        var rotated = new ManifestSigner(ManifestSamples.Ring("k2", "k1"));

        var verified = rotated.Verify(signed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verified, Is.True);
            Assert.That(rotated.Sign(ManifestSamples.Unsigned()).KeyId, Is.EqualTo("k2"));
        }
    }

    [Test]
    public void UnknownKeyIdFailsVerification()
    {
        var signed = new ManifestSigner(ManifestSamples.Ring("k1")).Sign(ManifestSamples.Unsigned());

        var verified = new ManifestSigner(ManifestSamples.Ring("k2")).Verify(signed);

        Assert.That(verified, Is.False);
    }

    [TestCase("")]
    [TestCase("not base64!")]
    [TestCase("AAAA")]
    public void MalformedHmacFailsVerification(string hmac)
    {
        var signer = new ManifestSigner(ManifestSamples.Ring("k1"));

        var verified = signer.Verify(signer.Sign(ManifestSamples.Unsigned()) with { Hmac = hmac });

        Assert.That(verified, Is.False);
    }
}
