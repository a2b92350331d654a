namespace Exports.Contracts;

/// <summary>A copy could not be verified for the caller.</summary>
public sealed record VerificationRejected
{
    /// <summary>Id of the verification.</summary>
    public required string VerificationId { get; init; }

    /// <summary>
    /// <c>not_xlsx</c> (the file is not an XLSX workbook) or <c>tenant_mismatch</c> (a valid manifest of another
    /// tenant).
    /// </summary>
    public required string Code { get; init; }

    /// <summary>Human-readable reason.</summary>
    public required string Reason { get; init; }
}
