using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// How one sheet fills its pages, from the statistics gathered at import: portrait A4 when its columns fit,
/// landscape when they do not. When even landscape is too narrow, the columns split into bands, and each band
/// gets a page of its own with the row numbers repeated.
/// </summary>
/// <param name="PageWidth">Page width in points.</param>
/// <param name="PageHeight">Page height in points.</param>
/// <param name="RowNumberWidth">Width of the row number column at the table's left.</param>
/// <param name="Bands">Columns per page across, left to right; one empty band for a sheet without values.</param>
internal sealed record PdfSheetLayout(
    double PageWidth, double PageHeight, double RowNumberWidth, IReadOnlyList<IReadOnlyList<PdfColumn>> Bands)
{
    /// <summary>Whether the page is wider than high.</summary>
    public bool IsLandscape => PageWidth > PageHeight;

    /// <summary>Rows per page, the header row included.</summary>
    public int RowsPerPage => PdfPageGeometry.RowsPerPage(PageHeight);

    /// <summary>Lays out a sheet with these statistics.</summary>
    public static PdfSheetLayout Create(SheetStatistics statistics)
    {
        var rowNumberWidth = RowNumberColumnWidth(statistics.MaxRow);
        var widths = statistics.ColumnWidths
            .OrderBy(column => column.Column)
            .Select(column => (column.Column, Width: ColumnWidth(column.MaxCharacters)))
            .ToList();
        var needed = rowNumberWidth + widths.Sum(column => column.Width);
        var portrait = needed <= PdfPageGeometry.TableWidth(PdfPageGeometry.A4ShortSide);
        var (width, height) = portrait
            ? (PdfPageGeometry.A4ShortSide, PdfPageGeometry.A4LongSide)
            : (PdfPageGeometry.A4LongSide, PdfPageGeometry.A4ShortSide);

        return new PdfSheetLayout(
            width, height, rowNumberWidth, SplitIntoBands(widths, PdfPageGeometry.TableWidth(width) - rowNumberWidth));
    }

    private static List<IReadOnlyList<PdfColumn>> SplitIntoBands(List<(int Column, double Width)> widths, double space)
    {
        var bands = new List<IReadOnlyList<PdfColumn>>();
        var band = new List<PdfColumn>();
        var used = 0.0;
        foreach (var (column, width) in widths)
        {
            if (band.Count > 0 && used + width > space)
            {
                bands.Add(band);
                (band, used) = ([], 0.0);
            }

            band.Add(new PdfColumn(column, used, Math.Min(width, space)));
            used += width;
        }

        bands.Add(band);

        return bands;
    }

    private static double ColumnWidth(int characters) =>
        ((Math.Clamp(characters, PdfPageGeometry.MinColumnCharacters, PdfPageGeometry.MaxColumnCharacters) + 1)
            * PdfPageGeometry.CharacterWidth) + (2 * PdfPageGeometry.CellPadding);

    private static double RowNumberColumnWidth(int maxRow) =>
        (Math.Max(1, maxRow).ToString(System.Globalization.CultureInfo.InvariantCulture).Length
            * PdfPageGeometry.DigitWidth) + (2 * PdfPageGeometry.CellPadding);
}
