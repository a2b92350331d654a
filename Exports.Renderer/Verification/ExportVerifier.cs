using System.Xml;
using Exports.Contracts;
using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Renderer.Signing;
using Exports.Renderer.Workbooks.Import;
using Exports.Renderer.Workbooks.Import.Xlsx;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Verification;

/// <summary>
/// Verifies an uploaded copy of an XLSX export. The checks run in a fixed order, so that a forged manifest
/// reveals nothing. The manifest is parsed and its HMAC checked, then its tenant. Then its external signature, if
/// any, is checked against the trusted signer keys, the server's record is compared, and the data hash is
/// recomputed and compared. A copy whose manifest a tool stripped is matched by its recomputed hash against the
/// caller's export records.
/// </summary>
public sealed class ExportVerifier(
    ManifestSigner signer,
    SignerTrust signerTrust,
    ManifestRecords records,
    IOptions<ImportOptions> importOptions,
    IOptions<VerificationOptions> options,
    ILogger<ExportVerifier> logger)
{
    /// <summary>Verifies the copy in <paramref name="copy"/> (seekable) for <paramref name="tenantId"/>.</summary>
    public async Task<VerificationOutcome> VerifyAsync(
        Stream copy, string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            return await VerifyPackageAsync(copy, tenantId, cancellationToken);
        }
        catch (WorkbookRejectedException exception)
        {
            return VerificationOutcome.Rejected(VerificationOutcome.NotXlsx, exception.Message);
        }
        catch (XmlException exception)
        {
            return VerificationOutcome.Rejected(VerificationOutcome.NotXlsx, XmlFailureText.Describe(exception) + ".");
        }
        catch (InvalidDataException exception)
        {
            return VerificationOutcome.Rejected(
                VerificationOutcome.NotXlsx, $"its ZIP package is damaged ({exception.Message}).");
        }
    }

    private async Task<VerificationOutcome> VerifyPackageAsync(
        Stream copy, string tenantId, CancellationToken cancellationToken)
    {
        if (!await StartsLikeZipAsync(copy, cancellationToken))
        {
            return VerificationOutcome.Rejected(
                VerificationOutcome.NotXlsx, "it is not an XLSX workbook, since it is not a ZIP package.");
        }

        XlsxWorkbookDocument document;
        try
        {
            document = XlsxWorkbookDocument.Open(copy, importOptions.Value);
        }
        catch (WorkbookRejectedException exception)
        {
            return VerificationOutcome.Rejected(VerificationOutcome.NotXlsx, exception.Message);
        }

        using (document)
        {
            var manifestPart = ManifestLocator.Find(document.Package);

            return manifestPart is null
                ? await VerifyWithoutManifestAsync(document, tenantId, cancellationToken)
                : await VerifyWithManifestAsync(document, manifestPart, tenantId, cancellationToken);
        }
    }

    private static async Task<bool> StartsLikeZipAsync(Stream copy, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        var read = await copy.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        copy.Position = 0;

        return read == header.Length && header.AsSpan().SequenceEqual("PK\u0003\u0004"u8);
    }

    private async Task<VerificationOutcome> VerifyWithManifestAsync(
        XlsxWorkbookDocument document, string manifestPart, string tenantId, CancellationToken cancellationToken)
    {
        ProvenanceManifest manifest;
        try
        {
            await using var stream = document.Package.TryOpenStream(manifestPart)!;
            manifest = ManifestXml.Read(stream);
        }
        catch (ManifestFormatException exception)
        {
            return Invalid(hmacValid: null, $"The embedded manifest cannot be read: {exception.Message}");
        }

        if (!signer.Verify(manifest))
        {
            return Invalid(hmacValid: false, "The manifest's signature does not match its content.");
        }

        if (manifest.TenantId != tenantId)
        {
            logger.LogWarning(
                "Tenant {TenantId} tried to verify export {ExportId} of another tenant", tenantId, manifest.ExportId);

            return VerificationOutcome.Rejected(
                VerificationOutcome.TenantMismatch, "The file was exported for another tenant.");
        }

        return await CompareWithRecordAsync(document, manifest, CheckSignature(manifest), cancellationToken);
    }

    private SignatureCheck? CheckSignature(ProvenanceManifest manifest)
    {
        if (manifest.Signature is not { } signature)
        {
            return null;
        }

        var check = signerTrust.Check(signature, ManifestDigest.Compute(manifest));
        if (!check.Valid)
        {
            logger.LogWarning("The signature of export {ExportId} by signer key {SignerKeyId} is not valid: {Problem}",
                manifest.ExportId, signature.KeyId, check.Problem);
        }

        return check;
    }

    private async Task<VerificationOutcome> CompareWithRecordAsync(
        XlsxWorkbookDocument document,
        ProvenanceManifest manifest,
        SignatureCheck? signature,
        CancellationToken cancellationToken)
    {
        var record = await records.FindAsync(manifest.TenantId, manifest.ExportId, cancellationToken);
        if (record is null || record.Hmac != manifest.Hmac || record.DataHash != manifest.DataHash
            || record.Signature != manifest.Signature)
        {
            return VerificationOutcome.Of(Describe(manifest, VerificationStatus.InvalidProvenance, signature) with
            {
                Detail = record is null
                    ? "The server has no record of this export."
                    : "The manifest disagrees with the server's record of this export.",
            });
        }

        var sheets = ScopeSheets.Select(document.Worksheets, manifest.HashScope);
        if (manifest.ManifestVersion != ProvenanceManifest.CurrentVersion || sheets is null)
        {
            return VerificationOutcome.Of(Describe(manifest, VerificationStatus.InvalidProvenance, signature) with
            {
                Detail = $"Manifest version '{manifest.ManifestVersion}' with scope '{manifest.HashScope}' is not " +
                    "supported.",
            });
        }

        using var copy = CopyHasher.Compute(document, sheets, cancellationToken);
        if (copy.DataHash == manifest.DataHash)
        {
            return VerificationOutcome.Of(Describe(manifest, VerificationStatus.Original, signature) with
            {
                DataHash = copy.DataHash,
                Detail = signature?.Problem,
            });
        }

        var (diffs, truncated) = await new CopyDiffer(records, options.Value.MaxDiffs)
            .CompareAsync(record, copy, cancellationToken);

        return VerificationOutcome.Of(Describe(manifest, VerificationStatus.Modified, signature) with
        {
            DataHash = copy.DataHash,
            Detail = signature?.Problem,
            Diffs = diffs,
            DiffsTruncated = truncated,
        });
    }

    private async Task<VerificationOutcome> VerifyWithoutManifestAsync(
        XlsxWorkbookDocument document, string tenantId, CancellationToken cancellationToken)
    {
        var scope = ScopeSheets.Guess(document.Worksheets);
        using var copy = CopyHasher.Compute(
            document, ScopeSheets.Select(document.Worksheets, scope)!, cancellationToken);
        var record = await records.FindByDataHashAsync(tenantId, copy.DataHash, cancellationToken);
        if (record is null)
        {
            return VerificationOutcome.Of(new ExportVerified
            {
                Status = VerificationStatus.Unknown,
                DataHash = copy.DataHash,
                HashScope = scope,
                Detail = "The file has no manifest and no export of this tenant has its data hash.",
            });
        }

        return VerificationOutcome.Of(Describe(record, VerificationStatus.Original, signature: null) with
        {
            DataHash = copy.DataHash,
            HmacValid = null,
            Detail = "The file has no manifest; its data matches the server's record of this export.",
        });
    }

    private static ExportVerified Describe(
        ProvenanceManifest manifest, string status, SignatureCheck? signature) => new()
    {
        Status = status,
        ExportId = manifest.ExportId,
        WorkbookId = manifest.WorkbookId,
        TenantId = manifest.TenantId,
        ExpectedHash = manifest.DataHash,
        HmacValid = true,
        SignatureValid = signature?.Valid,
        ManifestVersion = manifest.ManifestVersion,
        HashScope = manifest.HashScope,
    };

    private static VerificationOutcome Invalid(bool? hmacValid, string detail) =>
        VerificationOutcome.Of(new ExportVerified
        {
            Status = VerificationStatus.InvalidProvenance,
            HmacValid = hmacValid,
            Detail = detail,
        });
}
