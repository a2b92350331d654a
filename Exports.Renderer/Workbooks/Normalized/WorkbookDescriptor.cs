namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>What the renderers know of a normalised workbook besides its cells.</summary>
public sealed record WorkbookDescriptor
{
    /// <summary>Workbook id.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Tenant that owns it.</summary>
    public required string TenantId { get; init; }

    /// <summary>Display name, the uploaded file name without its directory.</summary>
    public required string Name { get; init; }

    /// <summary>Detected source type: <c>xlsx</c>, <c>xlsm</c>, <c>csv</c> or <c>tsv</c>.</summary>
    public required string SourceFormat { get; init; }

    /// <summary>When the import finished (UTC).</summary>
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>Worksheets in workbook order; chartsheets are not included.</summary>
    public required IReadOnlyList<SheetDescriptor> Sheets { get; init; }

    /// <summary>Style table; entry 0 is the default style.</summary>
    public required IReadOnlyList<CellStyle> Styles { get; init; }
}
