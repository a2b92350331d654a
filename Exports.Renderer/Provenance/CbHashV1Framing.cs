using System.Buffers.Binary;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Byte framing of the cb_hash_v1 stream. Every length, row and column is a 4-byte big-endian unsigned integer
/// and every length counts UTF-8 bytes.
/// </summary>
internal static class CbHashV1Framing
{
    /// <summary>Bytes of a cell record before its value: <c>C</c>, row, column, type tag, value length.</summary>
    public const int CellPrefixLength = 14;

    /// <summary>Bytes of a sheet record before its name: <c>S</c>, name length.</summary>
    public const int SheetPrefixLength = 5;

    /// <summary>The stream header: <c>cb_hash_v1</c> and a line feed, with no length prefix.</summary>
    public static ReadOnlySpan<byte> Header => "cb_hash_v1\n"u8;

    /// <summary>Fills the first <see cref="SheetPrefixLength"/> bytes of a sheet record.</summary>
    public static void WriteSheetPrefix(Span<byte> record, int nameLength)
    {
        record[0] = (byte)'S';
        BinaryPrimitives.WriteUInt32BigEndian(record[1..], (uint)nameLength);
    }

    /// <summary>Fills the first <see cref="CellPrefixLength"/> bytes of a cell record.</summary>
    public static void WriteCellPrefix(Span<byte> record, int row, int column, CbHashValueType type, int valueLength)
    {
        record[0] = (byte)'C';
        BinaryPrimitives.WriteUInt32BigEndian(record[1..], (uint)row);
        BinaryPrimitives.WriteUInt32BigEndian(record[5..], (uint)column);
        record[9] = (byte)type;
        BinaryPrimitives.WriteUInt32BigEndian(record[10..], (uint)valueLength);
    }

    /// <summary>Formats a SHA-256 digest as <c>sha256:</c> and lowercase hex.</summary>
    public static string FormatHash(ReadOnlySpan<byte> digest) => "sha256:" + Convert.ToHexStringLower(digest);
}
