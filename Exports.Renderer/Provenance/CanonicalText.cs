using System.Text;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Produces the cb_hash_v1 canonical form of a string: each CR LF pair becomes LF and each lone surrogate
/// becomes U+FFFD. Everything else is kept exactly, with no Unicode normalisation and no trimming.
/// </summary>
public static class CanonicalText
{
    // The replacement fallback of UTF8Encoding writes U+FFFD for every unpaired surrogate.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Returns the canonical form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var bytes = new byte[GetMaxByteCount(text.Length)];
        var length = GetBytes(text, bytes);

        return Utf8.GetString(bytes, 0, length);
    }

    /// <summary>Returns the maximum number of bytes <see cref="GetBytes"/> writes for a text of that length.</summary>
    public static int GetMaxByteCount(int length) => Utf8.GetMaxByteCount(length);

    /// <summary>
    /// Writes the canonical form of <paramref name="text"/> as UTF-8 into <paramref name="destination"/>, which
    /// must hold <see cref="GetMaxByteCount"/> bytes, and returns the number of bytes written.
    /// </summary>
    public static int GetBytes(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var written = 0;
        var lineBreak = text.IndexOf("\r\n", StringComparison.Ordinal);
        while (lineBreak >= 0)
        {
            written += Utf8.GetBytes(text[..lineBreak], destination[written..]);
            destination[written++] = (byte)'\n';
            text = text[(lineBreak + 2)..];
            lineBreak = text.IndexOf("\r\n", StringComparison.Ordinal);
        }

        return written + Utf8.GetBytes(text, destination[written..]);
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 with lone surrogates replaced by U+FFFD, without the CR LF rule,
    /// and returns the number of bytes written. Sheet names and error literals are framed this way.
    /// </summary>
    internal static int GetExactBytes(ReadOnlySpan<char> text, Span<byte> destination) =>
        Utf8.GetBytes(text, destination);
}
