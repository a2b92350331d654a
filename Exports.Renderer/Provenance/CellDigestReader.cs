using System.Buffers.Binary;
using System.Text;

namespace Exports.Renderer.Provenance;

/// <summary>Reads a digest list written by <see cref="CellDigestWriter"/> one cell at a time.</summary>
public sealed class CellDigestReader : IDisposable
{
    private readonly BinaryReader reader;
    private CellDigest previous;
    private bool ended;

    /// <summary>Opens a digest list; the reader owns <paramref name="input"/>.</summary>
    public CellDigestReader(Stream input)
    {
        reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: false);

        Span<byte> magic = stackalloc byte[4];
        if (input.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) < magic.Length
            || !magic.SequenceEqual(CellDigestFormat.Magic))
        {
            reader.Dispose();
            throw new InvalidDataException("The cell digest list has no 'CBD1' header: it is not a digest list.");
        }
    }

    /// <summary>Reads a serialised digest list from memory.</summary>
    public static IEnumerable<CellDigest> ReadAll(byte[] serialized)
    {
        ArgumentNullException.ThrowIfNull(serialized);

        using var reader = new CellDigestReader(new MemoryStream(serialized, writable: false));
        foreach (var digest in reader.ReadAll())
        {
            yield return digest;
        }
    }

    /// <summary>Reads the next digest; returns false after the last one.</summary>
    public bool TryRead(out CellDigest digest)
    {
        digest = default;
        if (ended)
        {
            return false;
        }

        try
        {
            var rowDistance = reader.Read7BitEncodedInt();
            var columnValue = reader.Read7BitEncodedInt();
            if (rowDistance == 0 && columnValue == 0)
            {
                ended = true;
                return false;
            }

            Span<byte> bytes = stackalloc byte[CellDigestFormat.DigestLength];
            reader.BaseStream.ReadExactly(bytes);
            var row = previous.Row + rowDistance;
            var column = rowDistance == 0 ? previous.Column + columnValue : columnValue;
            digest = new CellDigest(row, column, BinaryPrimitives.ReadUInt64BigEndian(bytes));
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException(
                "The cell digest list ends before its end marker: it is truncated.", exception);
        }

        previous = digest;

        return true;
    }

    /// <summary>Reads every remaining digest lazily.</summary>
    public IEnumerable<CellDigest> ReadAll()
    {
        while (TryRead(out var digest))
        {
            yield return digest;
        }
    }

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();
}
