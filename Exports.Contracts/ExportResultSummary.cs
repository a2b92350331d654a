namespace Exports.Contracts;

/// <summary>Counts and notes of a completed export, shown to the tenant as <c>result_summary</c>.</summary>
public sealed record ExportResultSummary
{
    /// <summary>Number of sheets exported.</summary>
    public required int SheetCount { get; init; }

    /// <summary>Number of rows that hold at least one value, over all exported sheets.</summary>
    public required long RowCount { get; init; }

    /// <summary>Number of cells that hold a value, over all exported sheets.</summary>
    public required long CellCount { get; init; }

    /// <summary>
    /// Changes the renderer had to make to values, such as strings cut at a format's limit. The list is empty when
    /// there were none, and null only from renderers that predate it.
    /// </summary>
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>Provenance of the export; null for formats that carry none.</summary>
    public ProvenanceSummary? Provenance { get; init; }

    /// <summary>Sealed PDF written beside the XLSX; null when none was requested.</summary>
    public SealedPdfSummary? SealedPdf { get; init; }
}
