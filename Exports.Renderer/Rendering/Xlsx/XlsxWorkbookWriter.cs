using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes the sheets of one export's workbook plan into a package, zone by zone: the hash scope first, then the
/// Workspace and Control sheets, which need what the scope produced. Holds the style table they share.
/// </summary>
internal sealed class XlsxWorkbookWriter
{
    private readonly RenderContext context;
    private readonly XlsxWorkbookPlan plan;
    private readonly XlsxPackageWriter package;
    private readonly XlsxStyleSheet styles = new();
    private readonly XlsxStyleResolver resolver;
    private readonly XlsxWorkspaceBudget budget;

    /// <summary>Starts writing <paramref name="plan"/> into <paramref name="package"/>.</summary>
    public XlsxWorkbookWriter(
        RenderContext context, XlsxWorkbookPlan plan, XlsxPackageWriter package, long workspaceMaxCells)
    {
        this.context = context;
        this.plan = plan;
        this.package = package;
        resolver = new XlsxStyleResolver(context.Workbook.Styles, context.Options.XlsxIncludeStyles, styles);
        budget = new XlsxWorkspaceBudget(workspaceMaxCells);
    }

    /// <summary>Writes the sheets of the hash scope and returns their hash, with per-cell digests.</summary>
    public async Task<XlsxScopeResult> WriteScopeSheetsAsync(CancellationToken cancellationToken)
    {
        using var hash = new CbHashV1Builder(recordCellDigests: true);
        var worksheets = new XlsxWorksheetWriter(context, resolver, hash);
        var rows = new List<int>();
        foreach (var sheet in plan.ScopeSheets)
        {
            await package.AddWorksheetAsync(
                sheet.Name,
                sheet.Hidden,
                async (xml, token) => rows.Add(await worksheets.WriteAsync(sheet, xml, token)),
                cancellationToken);
        }

        return new XlsxScopeResult(hash.Complete(), rows);
    }

    /// <summary>Writes the Workspace sheets and then the Control sheet; does nothing without three zones.</summary>
    public async Task WriteZonesAsync(
        XlsxScopeResult scope, ProvenanceManifest manifest, CancellationToken cancellationToken)
    {
        if (plan.ControlSheetName is not { } controlName)
        {
            return;
        }

        var bold = styles.Add(new XlsxCellFormat { Font = new CellFont { Bold = true } });
        var workspace = new XlsxWorkspaceWriter(context, resolver, budget, bold);
        var mirrors = new List<XlsxWorkspaceResult>();
        foreach (var sheet in plan.WorkspaceSheets)
        {
            await package.AddWorksheetAsync(
                sheet.Name,
                sheet.Hidden,
                async (xml, token) => mirrors.Add(await workspace.WriteAsync(sheet, xml, token)),
                cancellationToken);
        }

        var summaries = plan.WorkspaceSheets.Select((sheet, index) => new XlsxZoneSummary(
            sheet.Foundation.Name,
            scope.Rows[index],
            scope.Hash.Sheets[index].CellCount,
            scope.Hash.Sheets[index].Hash,
            sheet.Name,
            mirrors[index])).ToList();
        await package.AddWorksheetAsync(
            controlName,
            hidden: false,
            (xml, _) =>
            {
                XlsxControlSheet.Write(xml, context, manifest, summaries, budget.MaxCells, bold);
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    /// <summary>Writes the style table, the workbook and the package's own parts.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        var properties = new XlsxDocumentProperties(context.Workbook.Name, context.ExportId, context.GeneratedAt);

        return package.CompleteAsync(styles, properties, cancellationToken);
    }
}
