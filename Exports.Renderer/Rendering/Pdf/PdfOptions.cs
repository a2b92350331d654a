using System.ComponentModel.DataAnnotations;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>Renderer settings of PDF output (sealed PDFs and <c>format=pdf</c>), section <c>Pdf</c>.</summary>
public sealed class PdfOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Pdf";

    /// <summary>Where Debian's fonts-dejavu-core installs DejaVu Sans.</summary>
    public const string DefaultMainFontFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>Where Debian's fonts-wqy-microhei installs WenQuanYi Micro Hei.</summary>
    public const string DefaultFallbackFontFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>
    /// Maximum number of pages of one PDF, from 1 to 100,000. Rows that do not fit are left out, and the last page
    /// and <c>result_summary.sealed_pdf.rows_omitted</c> state how many. PDFsharp keeps the whole document in
    /// memory until it is saved, so this limit also bounds the memory a PDF takes. Default 500.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Configuration key 'Pdf__MaxPages' must be from 1 to 100000.")]
    public int MaxPages { get; set; } = 500;

    /// <summary>
    /// Folder that contains <c>DejaVuSans.ttf</c> and <c>DejaVuSans-Bold.ttf</c>, the main font of every page.
    /// Default <see cref="DefaultMainFontFolder"/>.
    /// </summary>
    public string MainFontFolder { get; set; } = DefaultMainFontFolder;

    /// <summary>
    /// TrueType font file (<c>.ttf</c>) or collection (<c>.ttc</c>, its first font is used) that draws the
    /// characters DejaVu Sans lacks, such as Chinese, Japanese and Korean. Default
    /// <see cref="DefaultFallbackFontFile"/>.
    /// </summary>
    public string FallbackFontFile { get; set; } = DefaultFallbackFontFile;
}
