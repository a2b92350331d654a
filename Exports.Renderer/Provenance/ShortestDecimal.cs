using System.Diagnostics;
using System.Globalization;

namespace Exports.Renderer.Provenance;

/// <summary>Splits a double's shortest round-trip decimal into its significant digits and decimal point.</summary>
internal static class ShortestDecimal
{
    /// <summary>Room for every digit "R" writes, leading zeros of values such as 0.0001234 included.</summary>
    public const int MaxDigits = 32;

    /// <summary>
    /// Writes the significant digits of |<paramref name="value"/>| (ASCII, no leading or trailing zeros) into
    /// <paramref name="digits"/> and returns their count. <paramref name="pointPosition"/> is the n of
    /// ECMAScript's Number::toString: the value is 0.d1d2...dk times 10^n. The value must be finite and non-zero.
    /// </summary>
    public static int Decompose(double value, Span<byte> digits, out int pointPosition)
    {
        Span<byte> text = stackalloc byte[MaxDigits];
        if (!value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture))
        {
            throw new UnreachableException($"The round-trip text of {value} is longer than {MaxDigits} bytes.");
        }

        var index = text[0] == (byte)'-' ? 1 : 0;
        var count = 0;
        var digitsBeforePoint = -1;
        for (; index < length && text[index] != (byte)'E'; index++)
        {
            if (text[index] == (byte)'.')
            {
                digitsBeforePoint = count;
                continue;
            }

            digits[count++] = text[index];
        }

        digitsBeforePoint = digitsBeforePoint < 0 ? count : digitsBeforePoint;
        var exponent = index < length ? int.Parse(text[(index + 1)..length], CultureInfo.InvariantCulture) : 0;
        var leadingZeros = digits[..count].IndexOfAnyExcept((byte)'0');
        digits[leadingZeros..count].CopyTo(digits);
        count -= leadingZeros;
        pointPosition = digitsBeforePoint - leadingZeros + exponent;

        return TrimTrailingZeros(digits, count);
    }

    /// <summary>Returns the digit count without trailing zeros.</summary>
    public static int TrimTrailingZeros(ReadOnlySpan<byte> digits, int count) =>
        digits[..count].LastIndexOfAnyExcept((byte)'0') + 1;
}
