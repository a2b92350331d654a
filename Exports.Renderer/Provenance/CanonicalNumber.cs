using System.Text;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Formats a double as its cb_hash_v1 canonical text: the shortest round-trip decimal, rounded as a decimal
/// string to 15 significant digits with ties away from zero, trailing zeros dropped, laid out as ECMAScript's
/// Number::toString does. Negative zero is <c>0</c>.
/// </summary>
public static class CanonicalNumber
{
    /// <summary>Maximum length of a canonical number in bytes: a sign, <c>0.</c>, five zeros and 15 digits.</summary>
    public const int MaxLength = 23;

    /// <summary>Significant digits kept, the precision Excel shows.</summary>
    public const int SignificantDigits = 15;

    /// <summary>Formats <paramref name="value"/> as canonical text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or an infinity.</exception>
    public static string Format(double value)
    {
        Span<byte> utf8 = stackalloc byte[MaxLength];
        var length = Format(value, utf8);

        return Encoding.ASCII.GetString(utf8[..length]);
    }

    /// <summary>
    /// Writes the canonical text of <paramref name="value"/> as ASCII into <paramref name="destination"/>,
    /// which must hold at least <see cref="MaxLength"/> bytes, and returns the number of bytes written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or an infinity.</exception>
    public static int Format(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                "cb_hash_v1 hashes finite numbers only: store NaN and infinities as the error cell #NUM!.");
        }

        if (destination.Length < MaxLength)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} bytes; pass at least {MaxLength}.", nameof(destination));
        }

        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        Span<byte> digits = stackalloc byte[ShortestDecimal.MaxDigits];
        var count = ShortestDecimal.Decompose(value, digits, out var pointPosition);
        count = RoundToSignificantDigits(digits, count, ref pointPosition);

        return EcmaScriptNumberLayout.Write(value < 0, digits[..count], pointPosition, destination);
    }

    /// <summary>
    /// Rounds the digit string half up on its magnitude, which is ties away from zero for the signed value,
    /// and drops the trailing zeros that rounding leaves. A carry out of the first digit moves the point.
    /// </summary>
    private static int RoundToSignificantDigits(Span<byte> digits, int count, ref int pointPosition)
    {
        if (count <= SignificantDigits)
        {
            return count;
        }

        var roundUp = digits[SignificantDigits] >= (byte)'5';
        count = SignificantDigits;
        if (roundUp)
        {
            var index = count - 1;
            while (index >= 0 && digits[index] == (byte)'9')
            {
                index--;
            }

            if (index < 0)
            {
                digits[0] = (byte)'1';
                pointPosition++;
                return 1;
            }

            digits[index]++;
            count = index + 1;
        }

        return ShortestDecimal.TrimTrailingZeros(digits, count);
    }
}
