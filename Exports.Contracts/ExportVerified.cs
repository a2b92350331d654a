namespace Exports.Contracts;

/// <summary>The outcome of verifying a copy of an export.</summary>
public sealed record ExportVerified
{
    /// <summary>One of <see cref="VerificationStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Export id from a valid manifest or from the server's record; null when neither applies.</summary>
    public string? ExportId { get; init; }

    /// <summary>Workbook id, from the same source as <see cref="ExportId"/>.</summary>
    public string? WorkbookId { get; init; }

    /// <summary>Tenant id, from the same source as <see cref="ExportId"/>.</summary>
    public string? TenantId { get; init; }

    /// <summary>cb_hash_v1 recomputed from the uploaded file; null when it could not be computed.</summary>
    public string? DataHash { get; init; }

    /// <summary>The data hash the manifest or the server's record states.</summary>
    public string? ExpectedHash { get; init; }

    /// <summary>Whether the manifest's HMAC is valid; null when the file carries no manifest.</summary>
    public bool? HmacValid { get; init; }

    /// <summary>
    /// Whether the manifest's external signature verifies over its digest with a trusted signer key. Null when the
    /// manifest carries no signature, or when the file has no readable manifest.
    /// </summary>
    public bool? SignatureValid { get; init; }

    /// <summary>Manifest version, such as <c>cb_hash_v1</c>.</summary>
    public string? ManifestVersion { get; init; }

    /// <summary>Hash scope: <c>foundation</c> or <c>validated</c>.</summary>
    public string? HashScope { get; init; }

    /// <summary>Cells that differ from the record, in sheet and row-major order; empty unless modified.</summary>
    public IReadOnlyList<CellDiff> Diffs { get; init; } = [];

    /// <summary>Whether <see cref="Diffs"/> was cut at its limit.</summary>
    public bool DiffsTruncated { get; init; }

    /// <summary>Why the status was reached, in words for the auditor, such as which check failed.</summary>
    public string? Detail { get; init; }
}
