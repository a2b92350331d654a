using Exports.Contracts;
using Exports.Renderer.Provenance;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes an export as an XLSX workbook: one worksheet per exported sheet, values only, streamed as raw
/// UTF-8 into the ZIP entries. The hash scope is <c>validated</c>: each data sheet under its output name.
/// </summary>
public sealed class XlsxExportWriter : IExportWriter
{
    private const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public string Format => ExportFormat.Xlsx;

    /// <inheritdoc />
    public ExportFileInfo Describe(RenderContext context) =>
        new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".xlsx"), ContentType);

    /// <inheritdoc />
    public async Task WriteAsync(RenderContext context, Stream output, CancellationToken cancellationToken)
    {
        if (context.Sheets.Count == 0)
        {
            throw new ArgumentException("An XLSX export needs at least one sheet: select one or more sheets.", nameof(context));
        }

        var plan = XlsxSheetPlan.ForDataSheets(context.Sheets);
        var styles = new XlsxStyleSheet();
        var resolver = new XlsxStyleResolver(context.Workbook.Styles, context.Options.XlsxIncludeStyles, styles);
        using var hash = new CbHashV1Builder();
        var worksheets = new XlsxWorksheetWriter(context, resolver, hash);

        await using (var package = new XlsxPackageWriter(output, context.GeneratedAt))
        {
            foreach (var sheet in plan)
            {
                await package.AddWorksheetAsync(
                    sheet.Name,
                    sheet.Hidden,
                    (xml, token) => worksheets.WriteAsync(sheet, xml, token),
                    cancellationToken);
            }

            var properties = new XlsxDocumentProperties(context.Workbook.Name, context.ExportId, context.GeneratedAt);
            await package.CompleteAsync(styles, properties, cancellationToken);
        }

        context.Hash = hash.Complete();
        context.HashScope = HashScopes.Validated;
    }
}
