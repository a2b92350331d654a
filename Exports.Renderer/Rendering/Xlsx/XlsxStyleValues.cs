using System.Buffers;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Checks source style values against what SpreadsheetML accepts, so a bad value never breaks the file.
/// </summary>
internal static class XlsxStyleValues
{
    private const int MaxNumberFormatLength = 255;

    private const int MaxFontNameLength = 31;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    private static readonly HashSet<string> BorderStyles = new(StringComparer.Ordinal)
    {
        "thin", "medium", "dashed", "dotted", "thick", "double", "hair", "mediumDashed", "dashDot",
        "mediumDashDot", "dashDotDot", "mediumDashDotDot", "slantDashDot",
    };

    /// <summary>
    /// Returns the code, or null for General, an empty code or one longer than Excel's 255 characters.
    /// </summary>
    public static string? NumberFormat(string? code) =>
        string.IsNullOrWhiteSpace(code)
        || code.Length > MaxNumberFormatLength
        || code.Equals("General", StringComparison.OrdinalIgnoreCase)
            ? null
            : code;

    /// <summary>Returns an ARGB colour in upper case (RGB gets an opaque alpha), or null when it is not hex.</summary>
    public static string? Color(string? color)
    {
        if (color is null || color.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return null;
        }

        return color.Length switch
        {
            8 => color.ToUpperInvariant(),
            6 => "FF" + color.ToUpperInvariant(),
            _ => null,
        };
    }

    /// <summary>Returns the font with invalid parts dropped, or null when it equals the default font.</summary>
    public static CellFont? Font(CellFont? font)
    {
        if (font is null)
        {
            return null;
        }

        var cleaned = font with
        {
            Name = string.IsNullOrWhiteSpace(font.Name) ? null : TextCut.Truncate(font.Name, MaxFontNameLength),
            SizePoints = font.SizePoints is >= 1 and <= 409 ? font.SizePoints : null,
            Color = Color(font.Color),
        };

        return cleaned == new CellFont() ? null : cleaned;
    }

    /// <summary>Returns the borders with invalid sides dropped, or null when no side is left.</summary>
    public static CellBorders? Borders(CellBorders? borders)
    {
        if (borders is null)
        {
            return null;
        }

        var cleaned = new CellBorders
        {
            Left = Border(borders.Left),
            Right = Border(borders.Right),
            Top = Border(borders.Top),
            Bottom = Border(borders.Bottom),
        };

        return cleaned == new CellBorders() ? null : cleaned;
    }

    private static CellBorder? Border(CellBorder? border) =>
        border is not null && BorderStyles.Contains(border.Style) ? border with { Color = Color(border.Color) } : null;
}
