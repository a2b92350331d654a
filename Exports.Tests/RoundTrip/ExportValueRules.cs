using System.Globalization;
using System.Text;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// The value rules docs/formats.md gives every export format, written apart from the writers' code so the
/// round trip checks the writers against the documentation.
/// </summary>
public static class ExportValueRules
{
    /// <summary>
    /// Returns the text a number is written as: shortest round-trip invariant text, and negative zero as
    /// <c>0</c>, since spreadsheet programs do not keep the sign of zero.
    /// </summary>
    public static string NumberText(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Returns <see cref="NumberText(double)"/> of a number given as invariant text.</summary>
    public static string NumberText(string value) =>
        NumberText(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>
    /// Returns text with each lone surrogate replaced by U+FFFD, which every writer does because no Unicode
    /// encoding can represent one.
    /// </summary>
    public static string WithoutLoneSurrogates(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(character).Append(text[index + 1]);
                index++;
            }
            else
            {
                builder.Append(char.IsSurrogate(character) ? '\uFFFD' : character);
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts text to <paramref name="maxLength"/> characters, never inside a surrogate pair.</summary>
    public static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? text[..(maxLength - 1)] : text[..maxLength];
    }
}
