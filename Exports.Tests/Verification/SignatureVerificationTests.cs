using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exports.Contracts;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Renderer.Signing;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.XlsxEditing;

namespace Exports.Tests.Verification;

/// <summary>
/// <c>signature_valid</c> of copies of signed exports of the sample workbook, signed by the test writers' local
/// signer, and what happens when the signature is edited, removed, untrusted or unlike the server's record.
/// </summary>
[TestFixture]
public sealed class SignatureVerificationTests
{
    private const string ManifestPart = "customXml/item1.xml";

    private VerificationHarness harness = null!;
    private string signed = null!;
    private RenderContext context = null!;

    [SetUp]
    public async Task ExportAsync()
    {
        harness = new VerificationHarness();
        (signed, context) = await harness.ExportFileAsync(
            RepositoryPaths.SampleWorkbook, new RenderOptions { XlsxSigning = true });
    }

    [TearDown]
    public void Dispose() => harness.Dispose();

    [Test]
    public async Task LocallySignedExportIsValid()
    {
        var verdict = await harness.VerdictAsync(signed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.HmacValid, Is.True);
            Assert.That(verdict.SignatureValid, Is.True);
            Assert.That(verdict.Detail, Is.Null);
        }
    }

    [Test]
    public async Task UnsignedExportHasNoVerdict()
    {
        var (unsigned, _) = await harness.ExportFileAsync(RepositoryPaths.SampleWorkbook);

        var verdict = await harness.VerdictAsync(unsigned);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.SignatureValid, Is.Null);
        }
    }

    [Test]
    public async Task UntrustedSignerKeyIsInvalid()
    {
        var noTrust = new SignerTrust(new Dictionary<string, byte[]>());

        var verdict = await harness.VerdictAsync(signed, signerTrust: noTrust);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.HmacValid, Is.True);
            Assert.That(verdict.SignatureValid, Is.False);
            Assert.That(verdict.Detail, Does.Contain($"Signing__TrustedKeys__{XlsxWriters.SignerKeyId}"));
        }
    }

    [Test]
    public async Task OtherKeyUnderTrustedIdIsInvalid()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherTrust = new SignerTrust(
            new Dictionary<string, byte[]> { [XlsxWriters.SignerKeyId] = other.ExportSubjectPublicKeyInfo() });

        var verdict = await harness.VerdictAsync(signed, signerTrust: otherTrust);

        Assert.That(verdict.SignatureValid, Is.False);
    }

    [Test]
    public async Task EditedSignatureFailsHmac()
    {
        var copy = XlsxEditor.Load(signed)
            .EditText(ManifestPart, xml => ReplaceValue(xml, "value", FlipFirstCharacter))
            .Save(harness.CopyPath("edited-signature.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.HmacValid, Is.False);
            Assert.That(verdict.SignatureValid, Is.Null);
        }
    }

    [Test]
    public async Task EditedSignerKeyIdFailsHmac()
    {
        var copy = XlsxEditor.Load(signed)
            .EditText(ManifestPart, xml => xml.Replace(
                $"keyId=\"{XlsxWriters.SignerKeyId}\"", "keyId=\"other-signer\"", StringComparison.Ordinal))
            .Save(harness.CopyPath("edited-key-id.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
    }

    [Test]
    public async Task StrippedSignatureFailsHmac()
    {
        var copy = XlsxEditor.Load(signed)
            .EditText(ManifestPart, xml => System.Text.RegularExpressions.Regex.Replace(
                xml, "<signature [^>]*>.*?</signature>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline))
            .Save(harness.CopyPath("stripped.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.HmacValid, Is.False);
        }
    }

    [Test]
    public async Task RecordWithOtherSignatureIsInvalid()
    {
        var recorded = await harness.Records.FindAsync(context.TenantId, context.ExportId, CancellationToken.None);
        var otherSignature = recorded!.Signature! with { Value = Convert.ToBase64String(new byte[64]) };
        await harness.Records.SaveAsync(recorded with { Signature = otherSignature }, context.CellDigests!, CancellationToken.None);

        var verdict = await harness.VerdictAsync(signed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.Detail, Does.Contain("server's record"));
        }
    }

    [Test]
    public async Task RecordKeepsSignature()
    {
        var recorded = await harness.Records.FindAsync(context.TenantId, context.ExportId, CancellationToken.None);

        Assert.That(recorded?.Signature, Is.EqualTo(context.Manifest!.Signature));
    }

    [Test]
    public async Task CertificateSignatureIsValid()
    {
        var (copy, _) = await harness.ExportFileAsync(
            RepositoryPaths.SampleWorkbook, new RenderOptions { XlsxSigning = true }, new CertificateSigner());

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.SignatureValid, Is.True, verdict.Detail);
        }
    }

    private static string ReplaceValue(string xml, string element, Func<string, string> change) =>
        System.Text.RegularExpressions.Regex.Replace(
            xml, $"<{element}>([^<]*)</{element}>", match => $"<{element}>{change(match.Groups[1].Value)}</{element}>");

    private static string FlipFirstCharacter(string base64) => (base64[0] == 'A' ? "B" : "A") + base64[1..];

    /// <summary>Signs with the test writers' signer key and reports a self-signed certificate for it.</summary>
    private sealed class CertificateSigner : IDigestSigner
    {
        public string Description => "the certificate test signer";

        public Task<ManifestSignature> SignAsync(DigestSigningRequest request, CancellationToken cancellationToken)
        {
            var request509 = new CertificateRequest("CN=Exports test signer", XlsxWriters.SignerKey, HashAlgorithmName.SHA256);
            using var certificate = request509.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            var value = XlsxWriters.SignerKey.SignHash(request.Digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

            return Task.FromResult(new ManifestSignature
            {
                Algorithm = ManifestSignature.Es256,
                KeyId = XlsxWriters.SignerKeyId,
                Certificate = Convert.ToBase64String(certificate.Export(X509ContentType.Cert)),
                Value = Convert.ToBase64String(value),
            });
        }
    }
}
