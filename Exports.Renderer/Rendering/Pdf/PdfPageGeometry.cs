namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Fixed measures of every page, in points (1/72 inch). Rows have one fixed height, so the number of pages
/// follows from row counts alone, before anything is drawn.
/// </summary>
internal static class PdfPageGeometry
{
    /// <summary>Short side of A4.</summary>
    public const double A4ShortSide = 595;

    /// <summary>Long side of A4.</summary>
    public const double A4LongSide = 842;

    /// <summary>Left and right margin.</summary>
    public const double SideMargin = 30;

    /// <summary>Top margin.</summary>
    public const double TopMargin = 30;

    /// <summary>Bottom margin.</summary>
    public const double BottomMargin = 24;

    /// <summary>Height of the line with the sheet's name.</summary>
    public const double TitleHeight = 18;

    /// <summary>Height of the line of column letters above the table.</summary>
    public const double LettersHeight = 10;

    /// <summary>
    /// Lines of the footer: data hash, export and page number, and two for the note on rows left out.
    /// </summary>
    public const int FooterLines = 4;

    /// <summary>Height of one footer line.</summary>
    public const double FooterLineHeight = 9;

    /// <summary>Height of the footer: its lines and the gap above them.</summary>
    public const double FooterHeight = (FooterLines * FooterLineHeight) + 6;

    /// <summary>Height of every table row, the header row included.</summary>
    public const double RowHeight = 12;

    /// <summary>Space between a cell's border and its text.</summary>
    public const double CellPadding = 2.5;

    /// <summary>
    /// Width assumed per character of a column's widest value, about that of a bold digit of the cell font. Each
    /// column gets one character more than its widest value. Text that is wider still is cut with an ellipsis.
    /// </summary>
    public const double CharacterWidth = 5.0;

    /// <summary>Narrowest column, in characters.</summary>
    public const int MinColumnCharacters = 2;

    /// <summary>Widest column, in characters: longer values are cut with an ellipsis.</summary>
    public const int MaxColumnCharacters = 40;

    /// <summary>Width of one digit of a row number.</summary>
    public const double DigitWidth = 4.6;

    /// <summary>Font size of cells.</summary>
    public const double CellFontSize = 7.5;

    /// <summary>
    /// Share of the cell font size that text too wide for its column is drawn at before it is cut. Column widths
    /// come from character counts, so text of wide characters, such as Chinese, often needs it.
    /// </summary>
    public const double CompactScale = 0.8;

    /// <summary>Font size of the sheet's name.</summary>
    public const double TitleFontSize = 10;

    /// <summary>Font size of the footer.</summary>
    public const double FooterFontSize = 6.5;

    /// <summary>Font size of column letters and row numbers.</summary>
    public const double LabelFontSize = 6;

    /// <summary>Returns the width available to the table of a page of <paramref name="pageWidth"/>.</summary>
    public static double TableWidth(double pageWidth) => pageWidth - (2 * SideMargin);

    /// <summary>Returns how many rows, the header row included, fit a page of <paramref name="pageHeight"/>.</summary>
    public static int RowsPerPage(double pageHeight) =>
        (int)((pageHeight - TopMargin - BottomMargin - TitleHeight - LettersHeight - FooterHeight) / RowHeight);
}
