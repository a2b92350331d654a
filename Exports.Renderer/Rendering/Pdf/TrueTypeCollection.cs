using System.Buffers.Binary;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Turns one font of a TrueType collection (<c>.ttc</c>, tag <c>ttcf</c>) into a standalone font file, since
/// PDFsharp 6.2.4 fails with a NullReferenceException on collection bytes. The tables are copied unchanged, so
/// each table's checksum stays valid, and PDFsharp embeds a subset it builds from them.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const int TableRecordLength = 16;
    private const int OffsetTableLength = 12;

    /// <summary>
    /// Returns <paramref name="font"/> itself when it is no collection, else its font at <paramref name="index"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The collection is truncated or has no font at that index.</exception>
    public static byte[] ExtractFont(byte[] font, int index)
    {
        var source = font.AsSpan();
        if (source.Length < OffsetTableLength || BinaryPrimitives.ReadUInt32BigEndian(source) != CollectionTag)
        {
            return font;
        }

        var count = ReadUInt32(source, 8);
        if (index < 0 || index >= count)
        {
            throw new InvalidDataException($"The font collection has {count} fonts, so it has none at index {index}.");
        }

        var start = (int)ReadUInt32(source, 12 + (4 * index));
        var tableCount = ReadUInt16(source, start + 4);
        var headerLength = OffsetTableLength + (TableRecordLength * tableCount);
        var output = new byte[headerLength + TablesLength(source, start, tableCount)];
        Slice(source, start, headerLength).CopyTo(output);
        CopyTables(source, start, tableCount, output, headerLength);

        return output;
    }

    private static long TablesLength(ReadOnlySpan<byte> source, int start, int tableCount)
    {
        var total = 0L;
        for (var table = 0; table < tableCount; table++)
        {
            total += Padded(ReadUInt32(source, RecordOffset(start, table) + 12));
        }

        return total;
    }

    private static void CopyTables(ReadOnlySpan<byte> source, int start, int tableCount, byte[] output, int position)
    {
        for (var table = 0; table < tableCount; table++)
        {
            var record = RecordOffset(start, table);
            var offset = (int)ReadUInt32(source, record + 8);
            var length = (int)ReadUInt32(source, record + 12);
            Slice(source, offset, length).CopyTo(output.AsSpan(position));

            // Table offsets count from the start of the file, which is now the font itself.
            BinaryPrimitives.WriteUInt32BigEndian(
                output.AsSpan(OffsetTableLength + (TableRecordLength * table) + 8), (uint)position);
            position += (int)Padded((uint)length);
        }
    }

    private static int RecordOffset(int start, int table) => start + OffsetTableLength + (TableRecordLength * table);

    private static long Padded(uint length) => (length + 3L) & ~3L;

    private static uint ReadUInt32(ReadOnlySpan<byte> source, int offset) =>
        BinaryPrimitives.ReadUInt32BigEndian(Slice(source, offset, 4));

    private static ushort ReadUInt16(ReadOnlySpan<byte> source, int offset) =>
        BinaryPrimitives.ReadUInt16BigEndian(Slice(source, offset, 2));

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> source, int offset, int length) =>
        offset >= 0 && length >= 0 && (long)offset + length <= source.Length
            ? source.Slice(offset, length)
            : throw new InvalidDataException(
                $"The font collection is truncated: it ends before byte {(long)offset + length}.");
}
