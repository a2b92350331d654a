using System.Globalization;

namespace Exports.Renderer.Rendering;

/// <summary>
/// Formats finite doubles as their shortest round-trip invariant text, so every export keeps each double exactly.
/// Negative zero is written <c>0</c>, since spreadsheet programs do not keep the sign of zero.
/// </summary>
internal static class NumberText
{
    /// <summary>
    /// Longest text <see cref="TryFormat(double, Span{byte}, out int)"/> writes, such as
    /// <c>-2.2250738585072014E-308</c>.
    /// </summary>
    public const int MaxLength = 32;

    /// <summary>Returns the text of a finite double.</summary>
    public static string Format(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Writes the UTF-8 text of a finite double into <paramref name="destination"/>.</summary>
    public static bool TryFormat(double value, Span<byte> destination, out int written) =>
        (value == 0 ? 0d : value).TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
}
