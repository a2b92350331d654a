namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>
/// A cell style of a normalised workbook, kept so that XLSX exports can carry the source's formats.
/// Style 0 of every workbook is the default style.
/// </summary>
public sealed record CellStyle
{
    /// <summary>Index of the style in the workbook's style table.</summary>
    public required int Id { get; init; }

    /// <summary>Number format code, such as <c>yyyy-mm-dd</c> or <c>0.00</c>; null for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>Whether the number format shows a date or time.</summary>
    public bool IsDate { get; init; }

    /// <summary>Bold font.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic font.</summary>
    public bool Italic { get; init; }

    /// <summary>Font colour as ARGB hex, such as <c>FFFF0000</c>; null for the default.</summary>
    public string? FontColor { get; init; }

    /// <summary>Solid fill colour as ARGB hex; null for no fill.</summary>
    public string? FillColor { get; init; }

    /// <summary>Horizontal alignment as SpreadsheetML names it (<c>left</c>, <c>center</c>, ...); null for general.</summary>
    public string? HorizontalAlignment { get; init; }

    /// <summary>Whether text wraps.</summary>
    public bool WrapText { get; init; }
}
