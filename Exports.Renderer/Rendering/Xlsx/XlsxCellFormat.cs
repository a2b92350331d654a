using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// One cell format of the output's <c>cellXfs</c> table. Records compare by value, so equal formats of
/// different source styles share one output format.
/// </summary>
internal sealed record XlsxCellFormat
{
    /// <summary>The format of cells without a style: General, default font, no fill, no border.</summary>
    public static XlsxCellFormat Default { get; } = new();

    /// <summary>Number format code; null for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>Font; null for the default font.</summary>
    public CellFont? Font { get; init; }

    /// <summary>Solid fill as ARGB hex; null for none.</summary>
    public string? FillColor { get; init; }

    /// <summary>Borders; null for none.</summary>
    public CellBorders? Borders { get; init; }

    /// <summary>Alignment; null for the default.</summary>
    public XlsxAlignment? Alignment { get; init; }

    /// <summary>Converts a source style, dropping any value that SpreadsheetML would reject.</summary>
    public static XlsxCellFormat From(CellStyle style) => new()
    {
        NumberFormat = XlsxStyleValues.NumberFormat(style.NumberFormat),
        Font = XlsxStyleValues.Font(style.Font),
        FillColor = XlsxStyleValues.Color(style.FillColor),
        Borders = XlsxStyleValues.Borders(style.Borders),
        Alignment = XlsxAlignment.From(style),
    };
}
