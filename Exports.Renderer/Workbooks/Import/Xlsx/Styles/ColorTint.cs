using System.Globalization;

namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>
/// Applies a SpreadsheetML tint: the colour's HSL lightness L becomes L * (1 + tint) for a negative tint and
/// L * (1 - tint) + tint for a positive one; hue and saturation stay.
/// </summary>
internal static class ColorTint
{
    /// <summary>Returns the tinted ARGB hex of an ARGB hex colour; alpha stays.</summary>
    public static string Apply(string argb, double tint)
    {
        var value = uint.Parse(argb, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var alpha = (byte)(value >> 24);
        var (hue, saturation, lightness) = ToHsl(
            (byte)(value >> 16) / 255d, (byte)(value >> 8) / 255d, (byte)value / 255d);

        lightness = tint < 0 ? lightness * (1 + tint) : (lightness * (1 - tint)) + tint;
        var (red, green, blue) = FromHsl(hue, saturation, Math.Clamp(lightness, 0, 1));

        return string.Create(
            CultureInfo.InvariantCulture, $"{alpha:X2}{ToByte(red):X2}{ToByte(green):X2}{ToByte(blue):X2}");
    }

    private static byte ToByte(double channel) => (byte)Math.Round(channel * 255, MidpointRounding.AwayFromZero);

    private static (double Hue, double Saturation, double Lightness) ToHsl(double red, double green, double blue)
    {
        var max = Math.Max(red, Math.Max(green, blue));
        var min = Math.Min(red, Math.Min(green, blue));
        var lightness = (max + min) / 2;
        if (max == min)
        {
            return (0, 0, lightness);
        }

        var delta = max - min;
        var saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
        double hue;
        if (max == red)
        {
            hue = ((green - blue) / delta) + (green < blue ? 6 : 0);
        }
        else if (max == green)
        {
            hue = ((blue - red) / delta) + 2;
        }
        else
        {
            hue = ((red - green) / delta) + 4;
        }

        return (hue / 6, saturation, lightness);
    }

    private static (double Red, double Green, double Blue) FromHsl(double hue, double saturation, double lightness)
    {
        if (saturation == 0)
        {
            return (lightness, lightness, lightness);
        }

        var q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - (lightness * saturation);
        var p = (2 * lightness) - q;

        return (Channel(p, q, hue + (1d / 3)), Channel(p, q, hue), Channel(p, q, hue - (1d / 3)));
    }

    private static double Channel(double p, double q, double t)
    {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (t < 1d / 6)
        {
            return p + ((q - p) * 6 * t);
        }

        if (t < 1d / 2)
        {
            return q;
        }

        return t < 2d / 3 ? p + ((q - p) * ((2d / 3) - t) * 6) : p;
    }
}
