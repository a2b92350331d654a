using System.Globalization;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Streams a Workspace sheet: for every non-blank cell of its Foundation sheet, a formula that references that
/// cell (<c>='Foundation - X'!B2</c>) with the Foundation value cached, in the same style. It reads the source
/// sheet's cells a second time rather than keeping them from the Foundation pass, so memory stays at one row.
/// </summary>
internal sealed class XlsxWorkspaceWriter(
    RenderContext context, XlsxStyleResolver styles, XlsxWorkspaceBudget budget, int noteFormatId)
{
    private const int FlushThreshold = 48 * 1024;

    // The Foundation pass recorded every value change already; the mirror repeats the same changes silently.
    private readonly RenderWarnings repeatedWarnings = new();

    /// <summary>Writes the sheet's XML into <paramref name="xml"/> and returns what it mirrored.</summary>
    /// <remarks>
    /// NOTE: progress is not advanced here. It counts the Foundation cells only, so while the Workspace sheets
    /// are written an export keeps reporting its last value (at most 99 percent until it completes).
    /// </remarks>
    public async Task<XlsxWorkspaceResult> WriteAsync(
        XlsxWorkspacePlan sheet, Utf8XmlWriter xml, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var source = sheet.Foundation.Source;
        using var cells = await context.Cells.OpenAsync(source, cancellationToken);
        var rows = new SheetRowReader(cells);
        var hasRows = rows.TryReadRow();

        XlsxSheetHead.Write(xml, source.Statistics, selected: false, context.Options, hasRows ? rows.RowNumber : 0);
        if (!hasRows)
        {
            xml.WriteRaw("<sheetData/></worksheet>"u8);
            return new XlsxWorkspaceResult(0, null);
        }

        var reference = XlsxFormulas.SheetReference(sheet.Foundation.Name);
        var mirrored = 0L;
        int? firstRowNotMirrored = null;
        xml.WriteRaw("<sheetData>"u8);
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!budget.TryTake(rows.Cells.Length))
            {
                firstRowNotMirrored = rows.RowNumber;
                WriteCutNote(xml, sheet, rows.RowNumber, rows.Cells[0].Column);
                break;
            }

            WriteRow(xml, sheet, rows, reference);
            mirrored += rows.Cells.Length;
            if (xml.BufferedBytes >= FlushThreshold)
            {
                await xml.FlushAsync(cancellationToken);
            }
        }
        while (rows.TryReadRow());

        xml.WriteRaw("</sheetData></worksheet>"u8);

        return new XlsxWorkspaceResult(mirrored, firstRowNotMirrored);
    }

    private void WriteRow(Utf8XmlWriter xml, XlsxWorkspacePlan sheet, SheetRowReader rows, string reference)
    {
        xml.WriteRaw("<row r=\""u8);
        xml.WriteInteger(rows.RowNumber);
        xml.WriteRaw("\">"u8);
        foreach (var stored in rows.Cells)
        {
            var cell = XlsxCellValues.Prepare(stored, sheet.Foundation.Name, repeatedWarnings);
            XlsxCellWriter.WriteReference(xml, cell, styles.Resolve(cell), reference);
        }

        xml.WriteRaw("</row>"u8);
    }

    // The note takes the place of the first value left out, so it sits where the mirrored data ends.
    private void WriteCutNote(Utf8XmlWriter xml, XlsxWorkspacePlan sheet, int row, int column)
    {
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Not mirrored from row {row:N0} on: the Workspace sheets of this workbook mirror at most "
            + $"{budget.MaxCells:N0} cells in all. '{sheet.Foundation.Name}' holds every value.");

        xml.WriteRaw("<row r=\""u8);
        xml.WriteInteger(row);
        xml.WriteRaw("\">"u8);
        XlsxCellWriter.Write(xml, NormalizedCell.FromText(row, column, note), noteFormatId);
        xml.WriteRaw("</row>"u8);
    }
}
