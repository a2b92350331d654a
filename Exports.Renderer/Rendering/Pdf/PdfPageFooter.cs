using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Draws the footer on a finished page: the data hash, the export id, "Page x of y", and on the last page the two
/// lines of the note on rows left out. Footers come last because the data hash of a PDF export is known only after
/// its last cell.
/// </summary>
internal sealed class PdfPageFooter(PdfTextStyle style, PdfStamp stamp, string exportId, DateTimeOffset generatedAt)
{
    private static readonly XPen RulePen = new(XColor.FromGrayScale(0.6), 0.4);

    /// <summary>Draws the footer of the 0-based page <paramref name="index"/> of <paramref name="count"/>.</summary>
    public void Draw(PdfPage page, int index, int count, IReadOnlyList<string>? note)
    {
        using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var left = PdfPageGeometry.SideMargin;
        var width = PdfPageGeometry.TableWidth(page.Width.Point);
        var footerHeight = PdfPageGeometry.FooterLines * PdfPageGeometry.FooterLineHeight;
        var top = page.Height.Point - PdfPageGeometry.BottomMargin - footerHeight;

        graphics.DrawLine(RulePen, left, top - 3, left + width, top - 3);
        Line(graphics, $"Data hash {stamp.DataHash} (cb_hash_v1, scope {stamp.HashScope})", left, top, 0, width, false);
        var generated = generatedAt.UtcDateTime.ToString(
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        Line(graphics, $"Export {exportId}, generated {generated}", left, top, 1, width, false);
        var pageNumber = string.Create(CultureInfo.InvariantCulture, $"Page {index + 1} of {count}");
        Line(graphics, pageNumber, left, top, 1, width, true);
        for (var line = 0; line < (note?.Count ?? 0); line++)
        {
            Line(graphics, note![line], left, top, 2 + line, width, false);
        }
    }

    private void Line(XGraphics graphics, string text, double left, double top, int line, double width, bool alignRight)
    {
        var baseline = top + ((line + 1) * PdfPageGeometry.FooterLineHeight) - 2;
        PdfTextDrawer.Draw(graphics, style, text, left, baseline, width, alignRight);
    }
}
