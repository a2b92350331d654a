using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// One style of text on a page: DejaVu Sans and the fallback font at one size and weight, and a colour. Splits
/// text into runs per font, so each character is drawn by the main font when it has a glyph and by the fallback
/// font otherwise. Text is drawn in logical order without shaping, so Arabic and Hebrew come out unjoined and
/// left to right. Not thread-safe: each document gets its own styles.
/// </summary>
internal sealed class PdfTextStyle(XFont main, XFont fallback, XBrush brush, PdfTextStyle? compact = null)
{
    private const char ReplacementCharacter = '\uFFFD';

    private readonly Dictionary<int, PdfGlyphSource> sources = [];

    /// <summary>The main font.</summary>
    public XFont Main => main;

    /// <summary>Colour of the text.</summary>
    public XBrush Brush => brush;

    /// <summary>A smaller style for text too wide for its box, tried before a cut; null when there is none.</summary>
    public PdfTextStyle? Compact => compact;

    /// <summary>
    /// Returns the runs that draw <paramref name="text"/>: a lone surrogate becomes U+FFFD, and a line break
    /// (CR LF, LF or CR) or a tab becomes one space.
    /// </summary>
    public List<PdfTextRun> Split(string text)
    {
        if (text.Contains("\r\n", StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        var runs = new List<PdfTextRun>();
        var current = new StringBuilder();
        var currentSource = PdfGlyphSource.Main;
        foreach (var rune in text.EnumerateRunes())
        {
            var source = SourceOf(rune);
            if (source is PdfGlyphSource.Dropped)
            {
                continue;
            }

            var font = source is PdfGlyphSource.Fallback ? PdfGlyphSource.Fallback : PdfGlyphSource.Main;
            if (font != currentSource && current.Length > 0)
            {
                runs.Add(new PdfTextRun(current.ToString(), FontOf(currentSource)));
                current.Clear();
            }

            currentSource = font;
            AppendDrawn(current, rune, source);
        }

        if (current.Length > 0)
        {
            runs.Add(new PdfTextRun(current.ToString(), FontOf(currentSource)));
        }

        return runs;
    }

    private XFont FontOf(PdfGlyphSource source) => source is PdfGlyphSource.Fallback ? fallback : main;

    private static void AppendDrawn(StringBuilder builder, Rune rune, PdfGlyphSource source)
    {
        switch (source)
        {
            case PdfGlyphSource.Space:
                builder.Append(' ');
                break;
            case PdfGlyphSource.Replacement:
                builder.Append(ReplacementCharacter);
                break;
            default:
                builder.Append(rune.ToString());
                break;
        }
    }

    private PdfGlyphSource SourceOf(Rune rune)
    {
        if (!sources.TryGetValue(rune.Value, out var source))
        {
            source = Classify(rune);
            sources[rune.Value] = source;
        }

        return source;
    }

    private PdfGlyphSource Classify(Rune rune)
    {
        if (rune.Value is '\t' or '\n' or '\r')
        {
            return PdfGlyphSource.Space;
        }

        if (Rune.IsControl(rune))
        {
            return PdfGlyphSource.Replacement;
        }

        if (GlyphHelper.GlyphIndexFromCodePoint(rune.Value, main) != 0)
        {
            return PdfGlyphSource.Main;
        }

        if (GlyphHelper.GlyphIndexFromCodePoint(rune.Value, fallback) != 0)
        {
            return PdfGlyphSource.Fallback;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark
            ? PdfGlyphSource.Dropped
            : PdfGlyphSource.Replacement;
    }
}
