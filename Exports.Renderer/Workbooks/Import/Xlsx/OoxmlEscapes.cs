using System.Globalization;
using System.Text;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Decodes the <c>_xHHHH_</c> escapes SpreadsheetML uses for characters XML cannot carry, such as
/// <c>_x000D_</c> for a carriage return. <c>_x005F_</c> is an escaped underscore, so <c>_x005F_x000D_</c>
/// reads as the literal text <c>_x000D_</c>; anything that is not exactly <c>_x</c>, four hex digits and
/// <c>_</c> stays as written.
/// </summary>
internal static class OoxmlEscapes
{
    private const int EscapeLength = 7;

    /// <summary>Returns the text with every escape decoded.</summary>
    public static string Decode(string text)
    {
        var first = text.IndexOf("_x", StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        var index = first;
        while (index < text.Length)
        {
            if (TryReadEscape(text, index, out var character))
            {
                builder.Append(character);
                index += EscapeLength;
                continue;
            }

            builder.Append(text[index]);
            index++;
        }

        return builder.ToString();
    }

    private static bool TryReadEscape(string text, int index, out char character)
    {
        character = default;
        if (index + EscapeLength > text.Length || text[index] != '_' || text[index + 1] != 'x'
            || text[index + EscapeLength - 1] != '_')
        {
            return false;
        }

        var digits = text.AsSpan(index + 2, 4);
        if (!ushort.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        character = (char)code;

        return true;
    }
}
