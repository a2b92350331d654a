using System.Buffers.Binary;
using System.Text;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>
/// Decodes a hashed cb_hash_v1 byte stream back into sheets and canonical cells, so tests can compare the
/// canonical values the builder actually hashed.
/// </summary>
public static class HashStreamParser
{
    private static readonly byte[] Header = "cb_hash_v1\n"u8.ToArray();

    /// <summary>Decodes the stream; throws when its framing is broken.</summary>
    public static IReadOnlyList<VectorSheet> Parse(ReadOnlySpan<byte> stream)
    {
        if (!stream.StartsWith(Header))
        {
            throw new InvalidDataException("The stream does not start with the cb_hash_v1 header.");
        }

        var sheets = new List<(string Name, List<VectorCell> Cells)>();
        var rest = stream[Header.Length..];
        while (!rest.IsEmpty)
        {
            switch (rest[0])
            {
                case (byte)'S':
                    sheets.Add((ReadText(ref rest, 1), []));
                    break;
                case (byte)'C':
                    sheets[^1].Cells.Add(ReadCell(ref rest));
                    break;
                default:
                    throw new InvalidDataException($"Unexpected record byte 0x{rest[0]:x2} in the stream.");
            }
        }

        return [.. sheets.Select(sheet => new VectorSheet(sheet.Name, sheet.Cells))];
    }

    private static VectorCell ReadCell(ref ReadOnlySpan<byte> rest)
    {
        var row = (int)BinaryPrimitives.ReadUInt32BigEndian(rest[1..]);
        var column = (int)BinaryPrimitives.ReadUInt32BigEndian(rest[5..]);
        var type = ((char)rest[9]).ToString();

        return new VectorCell(row, column, type, ReadText(ref rest, 10));
    }

    private static string ReadText(ref ReadOnlySpan<byte> rest, int lengthOffset)
    {
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(rest[lengthOffset..]);
        var start = lengthOffset + 4;
        var text = Encoding.UTF8.GetString(rest.Slice(start, length));
        rest = rest[(start + length)..];

        return text;
    }
}
