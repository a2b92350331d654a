using System.Text;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering;

/// <summary>Value rules every format applies before a cell is written and hashed.</summary>
internal static class ExportCellValues
{
    /// <summary>Error literal written for NaN and infinities, which no spreadsheet can hold as numbers.</summary>
    public const string NonFiniteError = "#NUM!";

    /// <summary>Whether the cell has no value: text that is null or empty.</summary>
    public static bool IsBlank(in NormalizedCell cell) =>
        cell.Kind is CellKind.Text && string.IsNullOrEmpty(cell.Text);

    /// <summary>
    /// Returns the cell as every format writes it: NaN and infinities become the error <c>#NUM!</c>, and each
    /// lone surrogate of text or an error literal becomes U+FFFD, since no Unicode encoding can hold one.
    /// </summary>
    public static NormalizedCell Guard(in NormalizedCell cell)
    {
        if (cell.Kind is CellKind.Number or CellKind.DateTime && !double.IsFinite(cell.Number))
        {
            return cell with { Kind = CellKind.Error, Number = 0, Text = NonFiniteError };
        }

        if (cell.Kind is CellKind.Text or CellKind.Error && cell.Text is { } text)
        {
            var repaired = ReplaceLoneSurrogates(text);
            if (!ReferenceEquals(repaired, text))
            {
                return cell with { Text = repaired };
            }
        }

        return cell;
    }

    /// <summary>Returns <paramref name="text"/> itself when it is valid UTF-16, else a copy with U+FFFD.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || IsValidUtf16(span))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        while (!span.IsEmpty)
        {
            Rune.DecodeFromUtf16(span, out var rune, out var consumed);
            builder.Append(rune.ToString());
            span = span[consumed..];
        }

        return builder.ToString();
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> span)
    {
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            span = span[consumed..];
        }

        return true;
    }
}
