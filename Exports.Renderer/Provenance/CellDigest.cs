using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Compact fingerprint of one hashed cell, kept so that verification can name the cells that changed.
/// </summary>
/// <param name="Row">1-based row number.</param>
/// <param name="Column">1-based column number.</param>
/// <param name="Digest">First 8 bytes, big-endian, of SHA-256 over the type tag byte and the canonical value.</param>
public readonly record struct CellDigest(int Row, int Column, ulong Digest)
{
    private const int StackLimit = 256;

    /// <summary>Computes the digest of a cell from its type tag and canonical UTF-8 value.</summary>
    public static ulong Compute(CbHashValueType type, ReadOnlySpan<byte> canonicalValue)
    {
        var length = canonicalValue.Length + 1;
        byte[]? rented = null;
        var tagged = length <= StackLimit ? stackalloc byte[StackLimit] : rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            tagged[0] = (byte)type;
            canonicalValue.CopyTo(tagged[1..]);

            return ComputeTagged(tagged[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Computes the digest from the tag byte directly followed by the canonical value.</summary>
    internal static ulong ComputeTagged(ReadOnlySpan<byte> taggedValue)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(taggedValue, hash);

        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>Whether this cell comes before <paramref name="other"/> in row-major order.</summary>
    public bool Precedes(in CellDigest other) =>
        Row < other.Row || (Row == other.Row && Column < other.Column);
}
