namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>Resolves <see cref="ColorReference"/> values to ARGB hex through the indexed palette and theme.</summary>
internal sealed class ColorPalette(IReadOnlyList<string> indexedColors, IReadOnlyList<string> themeColors)
{
    /// <summary>Returns the ARGB hex of a colour, or null when it is automatic or cannot be resolved.</summary>
    public string? Resolve(ColorReference? color)
    {
        if (color is null || color.Auto)
        {
            return null;
        }

        var argb = Base(color);
        if (argb is null)
        {
            return null;
        }

        return color.Tint == 0 ? argb : ColorTint.Apply(argb, color.Tint);
    }

    private string? Base(ColorReference color)
    {
        if (color.Rgb is { } rgb)
        {
            return NormalizeRgb(rgb);
        }

        if (color.Indexed is { } indexed)
        {
            return indexed >= 0 && indexed < indexedColors.Count ? indexedColors[indexed] : null;
        }

        if (color.Theme is { } theme)
        {
            return theme >= 0 && theme < themeColors.Count && themeColors[theme].Length > 0 ? themeColors[theme] : null;
        }

        return null;
    }

    private static string? NormalizeRgb(string rgb)
    {
        var hex = rgb.Trim().ToUpperInvariant();
        if (!hex.All(Uri.IsHexDigit))
        {
            return null;
        }

        return hex.Length switch
        {
            8 => hex,
            6 => "FF" + hex,
            _ => null,
        };
    }
}
