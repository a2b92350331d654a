using Exports.Contracts;
using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering.Xlsx;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Writes an export as a sealed PDF (<c>format=pdf</c>): the sheets under their Foundation names, as the default
/// XLSX export names them, with the hash scope <c>foundation</c>, so the PDF shows the data hash an XLSX export of
/// the same data gets. The signed manifest goes into the document information and, with the per-cell digests,
/// onto the context for the server's record.
/// </summary>
public sealed class PdfExportWriter(PdfDocumentRenderer renderer, ManifestSigner signer) : IExportWriter
{
    /// <summary>Content type of PDF downloads.</summary>
    public const string ContentType = "application/pdf";

    /// <inheritdoc />
    public string Format => ExportFormat.Pdf;

    /// <inheritdoc />
    public ExportFileInfo Describe(RenderContext context) =>
        new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".pdf"), ContentType);

    /// <inheritdoc />
    public async Task WriteAsync(RenderContext context, Stream output, CancellationToken cancellationToken)
    {
        var foundation = XlsxWorkbookPlan.Create(context.Sheets, threeZone: true).ScopeSheets;
        var names = foundation.Select(sheet => sheet.Name).ToList();
        using var hash = new CbHashV1Builder(recordCellDigests: true);
        using var draft = await renderer.DrawAsync(context, names, hash, context.Progress, cancellationToken);
        var result = hash.Complete();
        var manifest = signer.Sign(ManifestFactory.Create(
            context.ExportId, context.Workbook.WorkbookId, context.TenantId, HashScopes.Foundation, result,
            context.GeneratedAt));

        var stamp = PdfStamp.Create(result.DataHash, HashScopes.Foundation, manifest);
        var rendered = await draft.CompleteAsync(context, stamp, output, cancellationToken);

        context.Hash = result;
        context.HashScope = HashScopes.Foundation;
        context.Manifest = manifest;
        context.CellDigests = [.. result.Sheets.Select(sheet => sheet.CellDigests!)];
        context.PdfRowsOmitted = rendered.RowsOmitted;
    }
}
