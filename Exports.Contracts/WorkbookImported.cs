namespace Exports.Contracts;

/// <summary>A source file was read and normalised.</summary>
public sealed record WorkbookImported
{
    /// <summary>Workbook id.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Tenant that owns it.</summary>
    public required string TenantId { get; init; }

    /// <summary>Display name, the file name without its directory.</summary>
    public required string Name { get; init; }

    /// <summary>Detected source type: <c>xlsx</c>, <c>xlsm</c>, <c>csv</c> or <c>tsv</c>.</summary>
    public required string SourceFormat { get; init; }

    /// <summary>Worksheets in workbook order.</summary>
    public required IReadOnlyList<ImportedSheet> Sheets { get; init; }

    /// <summary>When the import finished (UTC).</summary>
    public required DateTimeOffset ImportedAt { get; init; }
}
