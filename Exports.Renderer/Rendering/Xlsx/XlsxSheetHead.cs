using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes a worksheet's elements before <c>sheetData</c>, in the order SpreadsheetML requires: dimension,
/// sheetViews, sheetFormatPr, cols.
/// </summary>
internal static class XlsxSheetHead
{
    /// <summary>
    /// Writes the head of a sheet that shows the cells of a source sheet with <paramref name="statistics"/>,
    /// whose first row holding a value is <paramref name="firstRow"/> (0 for none).
    /// </summary>
    public static void Write(
        Utf8XmlWriter xml, SheetStatistics statistics, bool selected, RenderOptions options, int firstRow)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "u8);
        xml.WriteRaw("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
        WriteDimension(xml, statistics, firstRow);
        WriteViews(xml, selected, freezeHeader: options.XlsxFreezeHeader && firstRow > 0);
        xml.WriteRaw("<sheetFormatPr defaultRowHeight=\"15\"/>"u8);
        if (options.XlsxAutoWidth)
        {
            XlsxColumns.Write(xml, statistics.ColumnWidths);
        }
    }

    // The range runs from the first row and column that hold a value to the last; with no value it is A1.
    private static void WriteDimension(Utf8XmlWriter xml, SheetStatistics statistics, int firstRow)
    {
        xml.WriteRaw("<dimension ref=\""u8);
        var firstColumn = statistics.ColumnWidths.Count == 0 ? 0 : statistics.ColumnWidths.Min(width => width.Column);
        if (firstRow < 1 || firstColumn < 1 || !IsInSheet(statistics.MaxRow, statistics.MaxColumn))
        {
            xml.WriteRaw("A1\"/>"u8);
            return;
        }

        xml.WriteCellReference(firstRow, firstColumn);
        if (firstRow != statistics.MaxRow || firstColumn != statistics.MaxColumn)
        {
            xml.WriteRaw(":"u8);
            xml.WriteCellReference(statistics.MaxRow, statistics.MaxColumn);
        }

        xml.WriteRaw("\"/>"u8);
    }

    private static bool IsInSheet(int row, int column) =>
        row is >= 1 and <= XlsxLimits.MaxRow && column is >= 1 and <= XlsxLimits.MaxColumn;

    /// <summary>Writes <c>sheetViews</c>: the tab selection and, when asked, row 1 frozen.</summary>
    public static void WriteViews(Utf8XmlWriter xml, bool selected, bool freezeHeader)
    {
        xml.WriteRaw(selected
            ? "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\""u8
            : "<sheetViews><sheetView workbookViewId=\"0\""u8);
        if (!freezeHeader)
        {
            xml.WriteRaw("/></sheetViews>"u8);
            return;
        }

        xml.WriteRaw(">"u8);
        xml.WriteRaw("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"u8);
        xml.WriteRaw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"u8);
        xml.WriteRaw("</sheetView></sheetViews>"u8);
    }
}
