using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// A PDF whose pages are drawn but whose footers and document information wait for the data hash, which a PDF
/// export computes only as it reads its last cell.
/// </summary>
internal sealed class PdfDraft(PdfDocument document, PdfDocumentPlan plan, PdfPageStyles styles, PdfOmission? omission)
    : IDisposable
{
    /// <summary>Rows with values the page limit left out.</summary>
    public long RowsOmitted => plan.RowsOmitted;

    /// <summary>
    /// Draws every page's footer, fills the document information, seals the file and writes it to
    /// <paramref name="output"/>.
    /// </summary>
    public async Task<PdfRenderResult> CompleteAsync(
        RenderContext context, PdfStamp stamp, Stream output, CancellationToken cancellationToken)
    {
        var footer = new PdfPageFooter(styles.Footer, stamp, context.ExportId, context.GeneratedAt);
        var count = document.PageCount;
        var note = omission?.Describe(plan.MaxPages);
        for (var index = 0; index < count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            footer.Draw(document.Pages[index], index, count, index == count - 1 ? note : null);
        }

        PdfDocumentInfo.Apply(document, context, stamp);
        var bytes = PdfSealer.Seal(document);
        await output.WriteAsync(bytes, cancellationToken);

        return new PdfRenderResult(count, plan.RowsOmitted);
    }

    /// <inheritdoc />
    public void Dispose() => document.Dispose();
}
