namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Every page of a PDF, planned from row counts and column widths before anything is drawn, so each page can
/// show "Page x of y". Sheets take pages in order until the page limit, and the rows after that are left out.
/// </summary>
/// <param name="Sheets">Each sheet's pages, in document order.</param>
/// <param name="MaxPages">The page limit the plan keeps to.</param>
internal sealed record PdfDocumentPlan(IReadOnlyList<PdfSheetPlan> Sheets, int MaxPages)
{
    /// <summary>Number of pages of the document.</summary>
    public int PageCount => Sheets.Sum(sheet => sheet.Pages);

    /// <summary>Rows with values left out, over every sheet.</summary>
    public long RowsOmitted => Sheets.Sum(sheet => (long)sheet.RowsOmitted);

    /// <summary>Plans <paramref name="sheets"/> within <paramref name="maxPages"/> pages.</summary>
    public static PdfDocumentPlan Create(IReadOnlyList<PdfSheetInput> sheets, int maxPages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A PDF needs at least one sheet: select one or more sheets.", nameof(sheets));
        }

        var plans = new List<PdfSheetPlan>();
        var used = 0;
        foreach (var sheet in sheets)
        {
            var plan = PlanSheet(sheet, used, maxPages - used);
            plans.Add(plan);
            used += plan.Pages;
        }

        return new PdfDocumentPlan(plans, maxPages);
    }

    private static PdfSheetPlan PlanSheet(PdfSheetInput sheet, int firstPage, int remaining)
    {
        var layout = PdfSheetLayout.Create(sheet.Source.Statistics);
        var header = sheet.HasHeader ? 1 : 0;
        var dataRows = sheet.Source.Statistics.RowsWithValues - header;
        var perPage = layout.RowsPerPage - header;
        var needed = Math.Max(1, (dataRows + perPage - 1) / perPage);
        var bands = layout.Bands.Count;

        // A document always gets a page: when one block of its first sheet is wider than the whole limit, that
        // block keeps as many column bands as fit.
        var (blocks, bandsDrawn) = remaining >= bands
            ? (Math.Min(needed, remaining / bands), bands)
            : (firstPage == 0 ? 1 : 0, firstPage == 0 ? remaining : bands);

        return new PdfSheetPlan
        {
            Input = sheet,
            Layout = layout,
            FirstPage = firstPage,
            RowBlocks = blocks,
            BandsDrawn = bandsDrawn,
            RowsShown = blocks == 0 ? 0 : Math.Min(sheet.Source.Statistics.RowsWithValues, header + (blocks * perPage)),
        };
    }
}
