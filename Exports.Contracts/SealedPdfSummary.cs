namespace Exports.Contracts;

/// <summary>Where the sealed PDF of an export is stored.</summary>
public sealed record SealedPdfSummary
{
    /// <summary>Blob store key of the PDF.</summary>
    public required string StoragePath { get; init; }

    /// <summary>Rows left out because the PDF reached its page limit; 0 when none were.</summary>
    public long RowsOmitted { get; init; }
}
