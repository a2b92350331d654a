using System.Globalization;
using PdfSharp.Drawing;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Draws one line of text into a box of fixed width. Text that does not fit is drawn in the style's compact size
/// when that fits, and otherwise cut in that size between text elements (so never inside a surrogate pair or
/// before a combining mark), ending in an ellipsis, U+2026.
/// </summary>
internal static class PdfTextDrawer
{
    private const string Ellipsis = "\u2026";

    // Text beyond this many text elements never fits a column, so the search for the cut starts below it.
    private const int MaxMeasuredElements = 512;

    /// <summary>Draws <paramref name="text"/> on the baseline, left- or right-aligned in the box.</summary>
    public static void Draw(
        XGraphics graphics, PdfTextStyle style, string text, double x, double baseline, double width, bool alignRight)
    {
        var runs = Fit(graphics, style, text, width);
        var position = alignRight ? x + width - Total(runs) : x;
        foreach (var (run, runWidth) in runs)
        {
            graphics.DrawString(run.Text, run.Font, style.Brush, position, baseline);
            position += runWidth;
        }
    }

    private static List<(PdfTextRun Run, double Width)> Fit(
        XGraphics graphics, PdfTextStyle style, string text, double width)
    {
        var runs = Measure(graphics, style.Split(text));
        if (Total(runs) <= width)
        {
            return runs;
        }

        if (style.Compact is { } compact)
        {
            style = compact;
            runs = Measure(graphics, style.Split(text));
            if (Total(runs) <= width)
            {
                return runs;
            }
        }

        var drawn = string.Concat(runs.Select(run => run.Run.Text));
        var starts = StringInfo.ParseCombiningCharacters(drawn);
        var low = 0;
        var high = Math.Min(starts.Length - 1, MaxMeasuredElements);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Total(Cut(graphics, style, drawn, starts[middle])) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Cut(graphics, style, drawn, starts[low]);
    }

    private static List<(PdfTextRun Run, double Width)> Cut(
        XGraphics graphics, PdfTextStyle style, string text, int length)
    {
        var runs = style.Split(text[..length]);
        runs.Add(new PdfTextRun(Ellipsis, style.Main));

        return Measure(graphics, runs);
    }

    private static List<(PdfTextRun Run, double Width)> Measure(XGraphics graphics, List<PdfTextRun> runs) =>
        [.. runs.Select(run => (run, graphics.MeasureString(run.Text, run.Font).Width))];

    private static double Total(List<(PdfTextRun Run, double Width)> runs) => runs.Sum(run => run.Width);
}
