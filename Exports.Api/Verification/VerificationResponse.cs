using Exports.Contracts;

namespace Exports.Api.Verification;

/// <summary>
/// Body of <c>POST /api/v1/exports/verify</c>, field for field as the API contract states it, plus
/// <c>signature_valid</c> for manifests with an external signature.
/// </summary>
public sealed record VerificationResponse
{
    /// <summary><c>original</c>, <c>modified</c>, <c>invalid_provenance</c> or <c>unknown</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Export id, or null when neither a valid manifest nor a record names one.</summary>
    public string? ExportId { get; init; }

    /// <summary>Workbook id.</summary>
    public string? WorkbookId { get; init; }

    /// <summary>Tenant id.</summary>
    public string? TenantId { get; init; }

    /// <summary>Data hash recomputed from the uploaded file.</summary>
    public string? DataHash { get; init; }

    /// <summary>Data hash stated by the manifest or the server's record.</summary>
    public string? ExpectedHash { get; init; }

    /// <summary>Whether the manifest's HMAC is valid; null when the file has no manifest.</summary>
    public bool? HmacValid { get; init; }

    /// <summary>
    /// Whether the manifest's external signature is valid and by a trusted signer; null when it has none.
    /// </summary>
    public bool? SignatureValid { get; init; }

    /// <summary>Manifest version.</summary>
    public string? ManifestVersion { get; init; }

    /// <summary><c>foundation</c> or <c>validated</c>.</summary>
    public string? HashScope { get; init; }

    /// <summary>Differences, for a modified file.</summary>
    public required IReadOnlyList<VerificationDiff> Diffs { get; init; }

    /// <summary>Whether the list of differences was cut at its limit.</summary>
    public required bool DiffsTruncated { get; init; }

    /// <summary>Maps the renderer's verdict.</summary>
    public static VerificationResponse From(ExportVerified verdict) => new()
    {
        Status = verdict.Status,
        ExportId = verdict.ExportId,
        WorkbookId = verdict.WorkbookId,
        TenantId = verdict.TenantId,
        DataHash = verdict.DataHash,
        ExpectedHash = verdict.ExpectedHash,
        HmacValid = verdict.HmacValid,
        SignatureValid = verdict.SignatureValid,
        ManifestVersion = verdict.ManifestVersion,
        HashScope = verdict.HashScope,
        Diffs = [.. verdict.Diffs.Select(diff => new VerificationDiff(diff.Sheet, diff.Cell, diff.Status))],
        DiffsTruncated = verdict.DiffsTruncated,
    };
}
