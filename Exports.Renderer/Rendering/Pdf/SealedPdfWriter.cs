using Exports.Renderer.Provenance;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Writes the sealed PDF beside an XLSX export (<c>xlsx_sealed_pdf</c>): the sheets of the XLSX's hash scope under
/// their XLSX names, stamped with the XLSX's data hash and carrying its signed manifest. Run it after the XLSX
/// writer, which sets both on the context.
/// </summary>
public sealed class SealedPdfWriter(PdfDocumentRenderer renderer)
{
    /// <summary>Returns the download name and content type of the PDF, such as <c>Budget.pdf</c>.</summary>
    public static ExportFileInfo Describe(RenderContext context) =>
        new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".pdf"), PdfExportWriter.ContentType);

    /// <summary>Writes the PDF into <paramref name="output"/>; returns its page count and the rows left out.</summary>
    /// <exception cref="InvalidOperationException">The context has no hash yet: the XLSX was not written.</exception>
    public async Task<PdfRenderResult> WriteAsync(
        RenderContext context, Stream output, CancellationToken cancellationToken)
    {
        var hash = context.Hash ?? throw new InvalidOperationException(
            "The sealed PDF shows the XLSX export's data hash: write the XLSX before the PDF.");
        var names = hash.Sheets.Select(sheet => sheet.Name).ToList();
        using var draft = await renderer.DrawAsync(
            context, names, hash: null, DiscardedProgress.Instance, cancellationToken);
        var stamp = PdfStamp.Create(hash.DataHash, context.HashScope ?? HashScopes.Validated, context.Manifest);

        return await draft.CompleteAsync(context, stamp, output, cancellationToken);
    }
}
