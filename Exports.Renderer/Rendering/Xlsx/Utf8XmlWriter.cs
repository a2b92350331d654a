using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes XML as raw UTF-8 into a buffer that is flushed to a stream, such as a ZIP entry. It writes no
/// structure of its own: callers write literal markup and escaped values. Unlike the Open XML SDK's
/// <c>OpenXmlWriter</c>, which keeps a part in memory until the package is saved, it keeps memory flat and
/// is several times faster; docs/benchmarks.md has the measurements.
/// </summary>
internal sealed class Utf8XmlWriter : IDisposable
{
    private const int BufferSize = 64 * 1024;

    // A chunk of plain text transcodes to at most 3 bytes a char, which must fit the buffer with room to spare.
    private const int TextChunkLength = 8 * 1024;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(BuildTextSpecials());

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(BuildAttributeSpecials());

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    private readonly Stream target;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int position;

    /// <summary>Starts a writer; the caller keeps ownership of <paramref name="target"/>.</summary>
    public Utf8XmlWriter(Stream target) => this.target = target;

    /// <summary>Bytes written into the buffer since the last flush.</summary>
    public int BufferedBytes => position;

    /// <summary>Writes UTF-8 markup as it is.</summary>
    public void WriteRaw(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > buffer.Length - position)
        {
            Flush();
            if (utf8.Length > buffer.Length)
            {
                target.Write(utf8);
                return;
            }
        }

        utf8.CopyTo(buffer.AsSpan(position));
        position += utf8.Length;
    }

    /// <summary>Writes an integer in invariant form.</summary>
    public void WriteInteger(long value)
    {
        EnsureRoom(20);
        value.TryFormat(buffer.AsSpan(position), out var written, default, CultureInfo.InvariantCulture);
        position += written;
    }

    /// <summary>Writes a finite double as its shortest round-trip text.</summary>
    public void WriteNumber(double value)
    {
        EnsureRoom(NumberText.MaxLength);
        NumberText.TryFormat(value, buffer.AsSpan(position), out var written);
        position += written;
    }

    /// <summary>Writes a 1-based column number as letters, such as <c>AB</c> for 28.</summary>
    public void WriteColumnName(int column)
    {
        EnsureRoom(3);
        Span<byte> letters = stackalloc byte[3];
        var start = letters.Length;
        for (var remaining = column; remaining > 0; remaining = (remaining - 1) / 26)
        {
            letters[--start] = (byte)('A' + ((remaining - 1) % 26));
        }

        letters[start..].CopyTo(buffer.AsSpan(position));
        position += letters.Length - start;
    }

    /// <summary>Writes an A1 reference, such as <c>C12</c>.</summary>
    public void WriteCellReference(int row, int column)
    {
        WriteColumnName(column);
        WriteInteger(row);
    }

    /// <summary>
    /// Writes element text with SpreadsheetML's escapes, so any string reads back exactly: <c>&amp;</c>,
    /// <c>&lt;</c> and <c>&gt;</c> as entities, CR as <c>&amp;#13;</c> (a raw CR would be read as LF),
    /// control characters other than TAB, LF and CR and the non-characters U+FFFE and U+FFFF as
    /// <c>_xHHHH_</c>, the underscore of text that looks like such an escape as <c>_x005F_</c>, and a lone
    /// surrogate as U+FFFD.
    /// </summary>
    public void WriteText(ReadOnlySpan<char> text) => WriteEscaped(text, TextSpecials, WriteTextSpecial);

    /// <summary>
    /// Writes an attribute value in double quotes' content: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and
    /// <c>"</c> as entities, TAB, LF and CR as character references, and characters XML cannot hold as U+FFFD.
    /// </summary>
    public void WriteAttributeValue(ReadOnlySpan<char> text) =>
        WriteEscaped(text, AttributeSpecials, WriteAttributeSpecial);

    /// <summary>Writes the buffer to the stream.</summary>
    public void Flush()
    {
        target.Write(buffer, 0, position);
        position = 0;
    }

    /// <summary>Writes the buffer to the stream asynchronously.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await target.WriteAsync(buffer.AsMemory(0, position), cancellationToken);
        position = 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private delegate int SpecialWriter(Utf8XmlWriter writer, ReadOnlySpan<char> text);

    private void WriteEscaped(ReadOnlySpan<char> text, SearchValues<char> specials, SpecialWriter writeSpecial)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(specials);
            var plain = special < 0 ? text : text[..special];
            WritePlain(plain);
            if (special < 0)
            {
                return;
            }

            text = text[(special + writeSpecial(this, text[special..]))..];
        }
    }

    private void WritePlain(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var chunk = text.Length > TextChunkLength ? text[..TextChunkLength] : text;
            EnsureRoom(chunk.Length * 3);
            Utf8.FromUtf16(chunk, buffer.AsSpan(position), out _, out var written);
            position += written;
            text = text[chunk.Length..];
        }
    }

    private static int WriteTextSpecial(Utf8XmlWriter writer, ReadOnlySpan<char> text)
    {
        var character = text[0];
        switch (character)
        {
            case '&':
                writer.WriteRaw("&amp;"u8);
                return 1;
            case '<':
                writer.WriteRaw("&lt;"u8);
                return 1;
            case '>':
                writer.WriteRaw("&gt;"u8);
                return 1;
            case '\r':
                writer.WriteRaw("&#13;"u8);
                return 1;
            case '_':
                writer.WriteRaw(LooksLikeEscape(text) ? "_x005F_"u8 : "_"u8);
                return 1;
            default:
                return char.IsSurrogate(character) ? writer.WriteSurrogate(text) : writer.WriteHexEscape(character);
        }
    }

    private static int WriteAttributeSpecial(Utf8XmlWriter writer, ReadOnlySpan<char> text)
    {
        var character = text[0];
        var escape = character switch
        {
            '&' => "&amp;"u8,
            '<' => "&lt;"u8,
            '>' => "&gt;"u8,
            '"' => "&quot;"u8,
            '\t' => "&#9;"u8,
            '\n' => "&#10;"u8,
            '\r' => "&#13;"u8,
            _ => default,
        };

        if (!escape.IsEmpty)
        {
            writer.WriteRaw(escape);
            return 1;
        }

        if (char.IsSurrogate(character))
        {
            return writer.WriteSurrogate(text);
        }

        writer.WriteRaw("\uFFFD"u8);

        return 1;
    }

    private int WriteSurrogate(ReadOnlySpan<char> text)
    {
        if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done)
        {
            WriteRaw("\uFFFD"u8);
            return 1;
        }

        EnsureRoom(4);
        position += rune.EncodeToUtf8(buffer.AsSpan(position));

        return consumed;
    }

    private int WriteHexEscape(char character)
    {
        EnsureRoom(7);
        var destination = buffer.AsSpan(position);
        "_x"u8.CopyTo(destination);
        ((ushort)character).TryFormat(destination[2..], out _, "X4", CultureInfo.InvariantCulture);
        destination[6] = (byte)'_';
        position += 7;

        return 1;
    }

    private static bool LooksLikeEscape(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[1] == 'x' && text[6] == '_' && !text[2..6].ContainsAnyExcept(HexDigits);

    private void EnsureRoom(int length)
    {
        if (length > buffer.Length - position)
        {
            Flush();
        }
    }

    private static string BuildTextSpecials()
    {
        var builder = new StringBuilder("&<>\r_\uFFFE\uFFFF");
        AppendInvalidControls(builder);
        AppendSurrogates(builder);

        return builder.ToString();
    }

    private static string BuildAttributeSpecials()
    {
        var builder = new StringBuilder("&<>\"\t\n\r\uFFFE\uFFFF");
        AppendInvalidControls(builder);
        AppendSurrogates(builder);

        return builder.ToString();
    }

    private static void AppendInvalidControls(StringBuilder builder)
    {
        for (var character = '\0'; character < ' '; character++)
        {
            if (character is not ('\t' or '\n' or '\r'))
            {
                builder.Append(character);
            }
        }
    }

    private static void AppendSurrogates(StringBuilder builder)
    {
        for (var character = '\uD800'; character <= '\uDFFF'; character++)
        {
            builder.Append(character);
        }
    }
}
