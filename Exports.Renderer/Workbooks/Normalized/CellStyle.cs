namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>
/// A cell style of a normalised workbook, kept so that XLSX exports can carry the source's formats.
/// Style 0 of every workbook is the default style. Colours are ARGB hex such as <c>FFFF0000</c>; theme and
/// indexed colours of the source are resolved to ARGB at import, or left null when they cannot be.
/// </summary>
public sealed record CellStyle
{
    /// <summary>Index of the style in the workbook's style table.</summary>
    public required int Id { get; init; }

    /// <summary>Number format code, such as <c>yyyy-mm-dd</c> or <c>0.00</c>; null for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>Whether the number format shows a date or time.</summary>
    public bool IsDate { get; init; }

    /// <summary>Font of the style; null for the workbook's default font.</summary>
    public CellFont? Font { get; init; }

    /// <summary>Solid fill colour; null for no fill.</summary>
    public string? FillColor { get; init; }

    /// <summary>Cell borders; null for none.</summary>
    public CellBorders? Borders { get; init; }

    /// <summary>
    /// Horizontal alignment as SpreadsheetML names it (<c>left</c>, <c>center</c>, ...); null for general.
    /// </summary>
    public string? HorizontalAlignment { get; init; }

    /// <summary>
    /// Vertical alignment as SpreadsheetML names it (<c>top</c>, <c>center</c>, ...); null for bottom.
    /// </summary>
    public string? VerticalAlignment { get; init; }

    /// <summary>Whether text wraps.</summary>
    public bool WrapText { get; init; }

    /// <summary>Indent level, 0 for none.</summary>
    public int Indent { get; init; }

    /// <summary>Text rotation in degrees as SpreadsheetML stores it (0 to 180, or 255 for vertical text).</summary>
    public int TextRotation { get; init; }
}
