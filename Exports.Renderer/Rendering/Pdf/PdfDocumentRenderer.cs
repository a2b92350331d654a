using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Draws the pages of a PDF of an export's sheets: finds which sheets have a header row, plans every page within
/// the page limit, then streams each sheet onto its pages. <see cref="PdfExportWriter"/> and
/// <see cref="SealedPdfWriter"/> finish the draft with the provenance they know.
/// </summary>
public sealed class PdfDocumentRenderer(PdfTypefaces typefaces, IOptions<PdfOptions> options)
{
    /// <summary>
    /// Draws the sheets of <paramref name="context"/> under <paramref name="sheetNames"/> (one per sheet, in order),
    /// hashing every cell into <paramref name="hash"/> when one is given.
    /// </summary>
    internal async Task<PdfDraft> DrawAsync(
        RenderContext context,
        IReadOnlyList<string> sheetNames,
        CbHashV1Builder? hash,
        IRenderProgress progress,
        CancellationToken cancellationToken)
    {
        var inputs = await ReadFirstRowsAsync(context, sheetNames, cancellationToken);
        var plan = PdfDocumentPlan.Create(inputs, options.Value.MaxPages);
        var styles = new PdfPageStyles(typefaces);
        var document = PdfSealer.CreateDraft();
        try
        {
            var sheets = new PdfSheetRenderer(context, document, new PdfPageDrawer(styles), hash, progress);
            var omission = await DrawSheetsAsync(plan, sheets, cancellationToken);
            if (document.PageCount != plan.PageCount)
            {
                throw new InvalidOperationException(
                    $"The PDF has {document.PageCount} pages where its plan has {plan.PageCount}: the row counts of " +
                    "the workbook's statistics do not match its cells.");
            }

            return new PdfDraft(document, plan, styles, omission);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static async Task<PdfOmission?> DrawSheetsAsync(
        PdfDocumentPlan plan, PdfSheetRenderer renderer, CancellationToken cancellationToken)
    {
        (string Sheet, int Row)? firstOmitted = null;
        foreach (var sheet in plan.Sheets)
        {
            var row = await renderer.RenderAsync(sheet, cancellationToken);
            if (row is { } number && firstOmitted is null)
            {
                firstOmitted = (sheet.Input.Name, number);
            }
        }

        var columnsCut = plan.Sheets.FirstOrDefault(sheet => sheet.ColumnsOmitted)?.Input.Name;
        if (firstOmitted is null && columnsCut is null)
        {
            return null;
        }

        return new PdfOmission(plan.RowsOmitted, firstOmitted?.Sheet, firstOmitted?.Row ?? 0, columnsCut);
    }

    private static async Task<List<PdfSheetInput>> ReadFirstRowsAsync(
        RenderContext context, IReadOnlyList<string> sheetNames, CancellationToken cancellationToken)
    {
        var inputs = new List<PdfSheetInput>(context.Sheets.Count);
        for (var index = 0; index < context.Sheets.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sheet = context.Sheets[index];
            var firstRow = await FirstRowAsync(context, sheet, cancellationToken);
            inputs.Add(new PdfSheetInput(sheet, sheetNames[index], firstRow));
        }

        return inputs;
    }

    private static async Task<int> FirstRowAsync(
        RenderContext context, SheetDescriptor sheet, CancellationToken cancellationToken)
    {
        if (sheet.Statistics.RowsWithValues == 0)
        {
            return 0;
        }

        using var cells = await context.Cells.OpenAsync(sheet, cancellationToken);
        var rows = new SheetRowReader(cells);

        return rows.TryReadRow() ? rows.RowNumber : 0;
    }
}
