using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering.Xlsx;
using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Streams one sheet into the document: reads its rows once, holds one block of rows (one page high) at a time
/// and draws that block's pages. With a hash builder it hashes every cell as the XLSX writer would write it, the
/// rows the page limit leaves out included, and reports progress per row.
/// </summary>
internal sealed class PdfSheetRenderer(
    RenderContext context, PdfDocument document, PdfPageDrawer drawer, CbHashV1Builder? hash, IRenderProgress progress)
{
    // Changes the hash makes as XLSX would (text cut at Excel's cell limit, unknown error literals as text) are
    // not changes to the PDF, which draws the cells as they are, so their warnings are not reported.
    private readonly RenderWarnings hashOnlyWarnings = new();

    /// <summary>
    /// Draws the sheet's pages and returns the number of its first row left out, null when none was.
    /// </summary>
    public async Task<int?> RenderAsync(PdfSheetPlan sheet, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (hash is null && sheet.RowBlocks == 0)
        {
            return sheet.Input.FirstRow == 0 ? null : sheet.Input.FirstRow;
        }

        using var cells = await context.Cells.OpenAsync(sheet.Input.Source, cancellationToken);
        var rows = new SheetRowReader(cells);
        var block = new PdfBlock(sheet);
        int? firstOmitted = null;

        hash?.BeginSheet(sheet.Input.Name);
        while (rows.TryReadRow())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Account(sheet, rows);
            if (block.RowsTaken < sheet.RowsShown)
            {
                block.Take(rows);
                DrawIfFull(sheet, block);
                continue;
            }

            firstOmitted ??= rows.RowNumber;
            if (hash is null)
            {
                break;
            }
        }

        if (block.BlocksDrawn < sheet.RowBlocks)
        {
            DrawBlock(sheet, block);
        }

        return firstOmitted;
    }

    private void Account(PdfSheetPlan sheet, SheetRowReader rows)
    {
        if (hash is not null)
        {
            foreach (var cell in rows.Cells)
            {
                hash.Add(XlsxCellValues.Prepare(cell, sheet.Input.Name, hashOnlyWarnings));
            }
        }

        progress.Advance(rows.Cells.Length);
    }

    private void DrawIfFull(PdfSheetPlan sheet, PdfBlock block)
    {
        if (block.Rows.Count == sheet.DataRowsPerPage)
        {
            DrawBlock(sheet, block);
        }
    }

    private void DrawBlock(PdfSheetPlan sheet, PdfBlock block)
    {
        for (var band = 0; band < sheet.BandsDrawn; band++)
        {
            drawer.Draw(document.AddPage(), sheet, band, block.Header, block.Rows);
        }

        block.Drawn();
    }
}
