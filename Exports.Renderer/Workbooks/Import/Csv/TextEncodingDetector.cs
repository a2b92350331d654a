using System.Text;

namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>
/// Detects the encoding of delimited text. A byte order mark decides first (UTF-8, UTF-16 LE or BE, UTF-32 LE
/// or BE). Without one, UTF-16 is recognised by its pattern of NUL bytes in the sample. Any other file is
/// UTF-8 when every byte of it is valid UTF-8, and Windows-1252 when not.
/// </summary>
internal static class TextEncodingDetector
{
    private const int ChunkBytes = 64 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    /// <summary>Windows-1252, the encoding of text that is not valid UTF-8.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Code page 1252 is not available from CodePagesEncodingProvider.");

    /// <summary>Detects the encoding; reads <paramref name="stream"/> to its end when UTF-8 must be checked.</summary>
    public static DetectedEncoding Detect(Stream stream, ReadOnlySpan<byte> sample)
    {
        if (FromByteOrderMark(sample) is { } marked)
        {
            return marked;
        }

        if (FromNulPattern(sample) is { } utf16)
        {
            return new DetectedEncoding(utf16, 0);
        }

        return new DetectedEncoding(IsValidUtf8(stream) ? Utf8 : Windows1252, 0);
    }

    private static DetectedEncoding? FromByteOrderMark(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Utf8, 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DetectedEncoding(new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new DetectedEncoding(new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return null;
    }

    /// <summary>
    /// Recognises UTF-16 without a byte order mark: text in Latin scripts has a NUL in nearly every other byte,
    /// at odd offsets for little-endian and at even offsets for big-endian.
    /// </summary>
    private static Encoding? FromNulPattern(ReadOnlySpan<byte> sample)
    {
        var pairs = Math.Min(sample.Length, 4096) / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var pair = 0; pair < pairs; pair++)
        {
            evenNuls += sample[2 * pair] == 0 ? 1 : 0;
            oddNuls += sample[(2 * pair) + 1] == 0 ? 1 : 0;
        }

        if (oddNuls >= pairs * 0.6 && evenNuls <= pairs * 0.05)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        return evenNuls >= pairs * 0.6 && oddNuls <= pairs * 0.05
            ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false)
            : null;
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[ChunkBytes + 4];
        stream.Position = 0;
        try
        {
            int read;
            while ((read = stream.Read(bytes)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
