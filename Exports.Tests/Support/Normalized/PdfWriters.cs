using Exports.Renderer.Rendering.Pdf;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Support.Normalized;

/// <summary>PDF writers for tests, over the system's fonts and signing with <see cref="XlsxWriters.Signer"/>.</summary>
public static class PdfWriters
{
    /// <summary>Returns the renderer both PDF writers use, with default settings or a page limit.</summary>
    public static PdfDocumentRenderer Renderer(int? maxPages = null)
    {
        var options = new PdfOptions();
        if (maxPages is { } limit)
        {
            options.MaxPages = limit;
        }

        var wrapped = Options.Create(options);

        return new PdfDocumentRenderer(new PdfTypefaces(wrapped), wrapped);
    }

    /// <summary>Returns the writer of <c>format=pdf</c>.</summary>
    public static PdfExportWriter Create(int? maxPages = null) => new(Renderer(maxPages), XlsxWriters.Signer);

    /// <summary>Returns the writer of the sealed PDF beside an XLSX.</summary>
    public static SealedPdfWriter Sealed(int? maxPages = null) => new(Renderer(maxPages));
}
