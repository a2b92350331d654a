using System.Buffers;
using System.Text;
using Exports.Contracts.Validation;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// A CSV encoding: the <see cref="System.Text.Encoding"/> that writes it, which throws rather than writing
/// <c>?</c>, the byte order mark written first, and for single-byte encodings the characters they can hold.
/// </summary>
internal sealed class CsvTextEncoding
{
    private readonly SearchValues<char>? representable;

    private CsvTextEncoding(string name, Encoding encoding, byte[] preamble, SearchValues<char>? representable)
    {
        Name = name;
        Encoding = encoding;
        Preamble = preamble;
        this.representable = representable;
    }

    /// <summary>Canonical name, one of <see cref="CsvEncodingNames"/>.</summary>
    public string Name { get; }

    /// <summary>Encoding without a byte order mark, with an exception fallback.</summary>
    public Encoding Encoding { get; }

    /// <summary>Byte order mark written before the first record; empty for none.</summary>
    public byte[] Preamble { get; }

    /// <summary>Returns the encoding of a canonical name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="CsvEncodingNames"/>.</exception>
    public static CsvTextEncoding Resolve(string name) => name switch
    {
        CsvEncodingNames.Utf8WithBom => new(name, new UTF8Encoding(false, true), [0xEF, 0xBB, 0xBF], null),
        CsvEncodingNames.Utf8 => new(name, new UTF8Encoding(false, true), [], null),
        CsvEncodingNames.Utf16 => new(name, new UnicodeEncoding(false, false, true), [0xFF, 0xFE], null),
        CsvEncodingNames.Utf16LittleEndian => new(name, new UnicodeEncoding(false, false, true), [], null),
        CsvEncodingNames.Utf16BigEndian => new(name, new UnicodeEncoding(true, false, true), [], null),
        CsvEncodingNames.Windows1252 => SingleByte(name, CodePagesEncodingProvider.Instance.GetEncoding(
            1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!),
        CsvEncodingNames.Latin1 => SingleByte(name, Encoding.GetEncoding(
            "iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
        _ => throw new ArgumentException(
            $"CSV encoding '{name}' is not supported: use {CsvEncodingNames.Description}.", nameof(name)),
    };

    /// <summary>
    /// Returns the index of the first character the encoding cannot represent, or -1 when it represents them all.
    /// </summary>
    public int IndexOfUnrepresentable(ReadOnlySpan<char> text) =>
        representable is null ? -1 : text.IndexOfAnyExcept(representable);

    // A single-byte encoding represents exactly the characters its 256 bytes decode to.
    private static CsvTextEncoding SingleByte(string name, Encoding encoding)
    {
        var characters = new StringBuilder();
        for (var value = 0; value < 256; value++)
        {
            try
            {
                characters.Append(encoding.GetString([(byte)value]));
            }
            catch (DecoderFallbackException)
            {
                // Bytes the code page leaves undefined decode to nothing.
            }
        }

        return new CsvTextEncoding(name, encoding, [], SearchValues.Create(characters.ToString()));
    }
}
