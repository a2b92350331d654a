using System.Globalization;
using Exports.Renderer.Provenance;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Streams one sheet of values (a Foundation or data sheet) into its worksheet part, hashing each cell as
/// written and reporting progress per row. Only one row is held in memory at a time.
/// </summary>
internal sealed class XlsxWorksheetWriter(RenderContext context, XlsxStyleResolver styles, CbHashV1Builder hash)
{
    private const int FlushThreshold = 48 * 1024;

    /// <summary>Writes the sheet's XML into <paramref name="xml"/> and returns the number of rows written.</summary>
    public async Task<int> WriteAsync(XlsxSheetPlan sheet, Utf8XmlWriter xml, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cells = await context.Cells.OpenAsync(sheet.Source, cancellationToken);
        var rows = new SheetRowReader(cells);
        var hasRows = rows.TryReadRow();

        hash.BeginSheet(sheet.Name);
        XlsxSheetHead.Write(
            xml, sheet.Source.Statistics, sheet.Selected, context.Options, hasRows ? rows.RowNumber : 0);
        if (!hasRows)
        {
            xml.WriteRaw("<sheetData/>"u8);
            WriteTail(sheet, xml);
            return 0;
        }

        var rowCount = 0;
        xml.WriteRaw("<sheetData>"u8);
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(sheet, rows, xml);
            rowCount++;
            context.Progress.Advance(rows.Cells.Length);
            if (xml.BufferedBytes >= FlushThreshold)
            {
                await xml.FlushAsync(cancellationToken);
            }
        }
        while (rows.TryReadRow());

        xml.WriteRaw("</sheetData>"u8);
        WriteTail(sheet, xml);

        return rowCount;
    }

    private static void WriteTail(XlsxSheetPlan sheet, Utf8XmlWriter xml)
    {
        if (sheet.Protected)
        {
            xml.WriteRaw(XlsxSheetProtection.Utf8);
        }

        xml.WriteRaw("</worksheet>"u8);
    }

    private void WriteRow(XlsxSheetPlan sheet, SheetRowReader rows, Utf8XmlWriter xml)
    {
        EnsureInSheet(sheet, rows.RowNumber, rows.Cells[^1].Column);

        xml.WriteRaw("<row r=\""u8);
        xml.WriteInteger(rows.RowNumber);
        xml.WriteRaw("\">"u8);
        foreach (var stored in rows.Cells)
        {
            var cell = XlsxCellValues.Prepare(stored, sheet.Name, context.Warnings);
            XlsxCellWriter.Write(xml, cell, styles.Resolve(cell));
            hash.Add(cell);
        }

        xml.WriteRaw("</row>"u8);
    }

    private static void EnsureInSheet(XlsxSheetPlan sheet, int row, int lastColumn)
    {
        if (row <= XlsxLimits.MaxRow && lastColumn <= XlsxLimits.MaxColumn)
        {
            return;
        }

        throw new UnrepresentableValueException(
            sheet.Source.Name,
            string.Create(CultureInfo.InvariantCulture, $"R{row}C{lastColumn}"),
            string.Create(
                CultureInfo.InvariantCulture,
                $"Sheet '{sheet.Source.Name}' has a value in row {row}, column {lastColumn}, outside Excel's "
                + $"{XlsxLimits.MaxRow:N0} rows and {XlsxLimits.MaxColumn:N0} columns: export it as CSV or JSON instead."));
    }
}
