using System.Buffers.Binary;
using System.Text;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Writes the per-cell digests of one sheet in the compact sorted form that <see cref="CellDigestReader"/>
/// reads, about 10 bytes a cell. Digests must come in row-major order.
/// </summary>
public sealed class CellDigestWriter : IDisposable
{
    private readonly BinaryWriter writer;
    private CellDigest previous;
    private bool completed;

    /// <summary>Starts a list; the caller keeps ownership of <paramref name="output"/>.</summary>
    public CellDigestWriter(Stream output)
    {
        writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(CellDigestFormat.Magic);
    }

    /// <summary>Appends the digest of the next cell.</summary>
    public void Write(in CellDigest digest)
    {
        if (completed)
        {
            throw new InvalidOperationException("The digest list is complete: start a new writer for more cells.");
        }

        CellOrder.EnsureFollows(previous.Row, previous.Column, digest.Row, digest.Column);

        var rowDistance = digest.Row - previous.Row;
        writer.Write7BitEncodedInt(rowDistance);
        writer.Write7BitEncodedInt(rowDistance == 0 ? digest.Column - previous.Column : digest.Column);
        Span<byte> bytes = stackalloc byte[CellDigestFormat.DigestLength];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, digest.Digest);
        writer.Write(bytes);
        previous = digest;
    }

    /// <summary>Writes the end marker and flushes; call once after the last cell.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        writer.Write((byte)0);
        writer.Write((byte)0);
        writer.Flush();
        completed = true;
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    /// <summary>Serialises <paramref name="digests"/>, which must be in row-major order, into a new array.</summary>
    public static byte[] Serialize(IEnumerable<CellDigest> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);

        using var output = new MemoryStream();
        using (var writer = new CellDigestWriter(output))
        {
            foreach (var digest in digests)
            {
                writer.Write(digest);
            }

            writer.Complete();
        }

        return output.ToArray();
    }
}
