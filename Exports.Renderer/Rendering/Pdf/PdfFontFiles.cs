namespace Exports.Renderer.Rendering.Pdf;

/// <summary>The font files a PDF is drawn with, resolved from <see cref="PdfOptions"/>.</summary>
/// <param name="MainRegular">DejaVu Sans, for text, numbers and the footer.</param>
/// <param name="MainBold">DejaVu Sans Bold, for titles and header rows.</param>
/// <param name="Fallback">The font for characters DejaVu Sans lacks, made bold by simulation where needed.</param>
internal sealed record PdfFontFiles(string MainRegular, string MainBold, string Fallback)
{
    /// <summary>File name of DejaVu Sans inside <see cref="PdfOptions.MainFontFolder"/>.</summary>
    public const string MainRegularFileName = "DejaVuSans.ttf";

    /// <summary>File name of DejaVu Sans Bold inside <see cref="PdfOptions.MainFontFolder"/>.</summary>
    public const string MainBoldFileName = "DejaVuSans-Bold.ttf";

    /// <summary>
    /// Returns the full paths the options name. <see cref="PdfOptionsValidator"/> checks at start that they exist.
    /// </summary>
    public static PdfFontFiles From(PdfOptions options) => new(
        Path.GetFullPath(Path.Combine(options.MainFontFolder, MainRegularFileName)),
        Path.GetFullPath(Path.Combine(options.MainFontFolder, MainBoldFileName)),
        Path.GetFullPath(options.FallbackFontFile));
}
