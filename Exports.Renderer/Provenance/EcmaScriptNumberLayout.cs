using System.Globalization;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Lays out significant digits as ECMAScript's Number::toString does (ECMA-262, Number::toString, radix 10):
/// plain notation while the point position n is from -5 to 21, exponent form such as <c>1.5e-7</c> or
/// <c>1e+21</c> otherwise.
/// </summary>
internal static class EcmaScriptNumberLayout
{
    private const int MaxPlainPointPosition = 21;
    private const int MinPlainPointPosition = -5;

    /// <summary>
    /// Writes the digits d1...dk of 0.d1...dk times 10^<paramref name="pointPosition"/> and returns the length.
    /// </summary>
    public static int Write(bool negative, ReadOnlySpan<byte> digits, int pointPosition, Span<byte> destination)
    {
        var length = 0;
        if (negative)
        {
            destination[length++] = (byte)'-';
        }

        var target = destination[length..];
        length += pointPosition switch
        {
            > MaxPlainPointPosition or < MinPlainPointPosition => WriteExponent(digits, pointPosition, target),
            _ when digits.Length <= pointPosition => WriteInteger(digits, pointPosition, target),
            > 0 => WriteFraction(digits, pointPosition, target),
            _ => WriteLeadingZeroFraction(digits, pointPosition, target),
        };

        return length;
    }

    private static int WriteInteger(ReadOnlySpan<byte> digits, int pointPosition, Span<byte> destination)
    {
        digits.CopyTo(destination);
        destination[digits.Length..pointPosition].Fill((byte)'0');

        return pointPosition;
    }

    private static int WriteFraction(ReadOnlySpan<byte> digits, int pointPosition, Span<byte> destination)
    {
        digits[..pointPosition].CopyTo(destination);
        destination[pointPosition] = (byte)'.';
        digits[pointPosition..].CopyTo(destination[(pointPosition + 1)..]);

        return digits.Length + 1;
    }

    private static int WriteLeadingZeroFraction(ReadOnlySpan<byte> digits, int pointPosition, Span<byte> destination)
    {
        var zeros = -pointPosition;
        destination[0] = (byte)'0';
        destination[1] = (byte)'.';
        destination.Slice(2, zeros).Fill((byte)'0');
        digits.CopyTo(destination[(2 + zeros)..]);

        return 2 + zeros + digits.Length;
    }

    private static int WriteExponent(ReadOnlySpan<byte> digits, int pointPosition, Span<byte> destination)
    {
        var length = 0;
        destination[length++] = digits[0];
        if (digits.Length > 1)
        {
            destination[length++] = (byte)'.';
            digits[1..].CopyTo(destination[length..]);
            length += digits.Length - 1;
        }

        var exponent = pointPosition - 1;
        destination[length++] = (byte)'e';
        destination[length++] = exponent < 0 ? (byte)'-' : (byte)'+';
        var magnitude = Math.Abs(exponent);
        magnitude.TryFormat(destination[length..], out var exponentLength, default, CultureInfo.InvariantCulture);

        return length + exponentLength;
    }
}
