using Microsoft.Extensions.Options;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>The two font families every PDF uses, registered with PDFsharp on first use.</summary>
public sealed class PdfTypefaces
{
    private readonly Lazy<(string Main, string Fallback)> families;

    /// <summary>Prepares the families of the configured font files.</summary>
    public PdfTypefaces(IOptions<PdfOptions> options)
    {
        var files = PdfFontFiles.From(options.Value);
        families = new Lazy<(string, string)>(() => Register(files));
    }

    /// <summary>Family name of DejaVu Sans.</summary>
    public string MainFamily => families.Value.Main;

    /// <summary>Family name of the font for characters DejaVu Sans lacks.</summary>
    public string FallbackFamily => families.Value.Fallback;

    private static (string Main, string Fallback) Register(PdfFontFiles files)
    {
        // Names carry the paths, so two configurations in one process never share a cached face.
        var main = "Exports Main " + files.MainRegular;
        var fallback = "Exports Fallback " + files.Fallback;
        PdfFontResolver.Register(main, files.MainRegular, files.MainBold);
        PdfFontResolver.Register(fallback, files.Fallback, boldFile: null);

        return (main, fallback);
    }
}
