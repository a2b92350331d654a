using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Corrects the ToUnicode maps of fonts for characters beyond U+FFFF, such as emoji. PDFsharp 6.2.4 writes such
/// a character's code point as five or six hex digits (<c>&lt;1F600&gt;</c>), but a ToUnicode map contains UTF-16BE,
/// so text extraction reads a different character (U+1F60 for U+1F600). The map is rewritten with the surrogate
/// pair (<c>&lt;D83DDE00&gt;</c>). Glyph codes in these maps have four hex digits, so only targets have more.
/// </summary>
internal static partial class PdfToUnicodeRepair
{
    private const string ToUnicodeKey = "/ToUnicode";

    /// <summary>Rewrites the ToUnicode map of <paramref name="font"/>, when it has one that is not filtered.</summary>
    public static void Repair(PdfDictionary font)
    {
        var map = font.Elements.GetDictionary(ToUnicodeKey);
        if (map is not { Stream: { } stream } || map.Elements["/Filter"] is not null)
        {
            return;
        }

        var text = Encoding.Latin1.GetString(stream.Value);
        var repaired = WideCodePoint().Replace(text, match => ToUtf16Hex(match.Groups[1].Value));
        if (repaired != text)
        {
            stream.Value = Encoding.Latin1.GetBytes(repaired);
            map.Elements.SetInteger("/Length", stream.Value.Length);
        }
    }

    private static string ToUtf16Hex(string hex)
    {
        var codePoint = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (!Rune.TryCreate(codePoint, out var rune))
        {
            return "<FFFD>";
        }

        Span<char> units = stackalloc char[2];
        var length = rune.EncodeToUtf16(units);
        var builder = new StringBuilder("<");
        foreach (var unit in units[..length])
        {
            builder.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    [GeneratedRegex("<([0-9A-Fa-f]{5,6})>")]
    private static partial Regex WideCodePoint();
}
