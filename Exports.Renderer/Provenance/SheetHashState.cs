namespace Exports.Renderer.Provenance;

/// <summary>What <see cref="CbHashV1Builder"/> tracks of the sheet it is hashing.</summary>
internal sealed class SheetHashState(int index, string name, bool recordCellDigests) : IDisposable
{
    private readonly MemoryStream? digestBuffer = recordCellDigests ? new MemoryStream() : null;
    private CellDigestWriter? digestWriter;

    public int Index { get; } = index;

    public string Name { get; } = name;

    public long CellCount { get; private set; }

    public int LastRow { get; private set; }

    public int LastColumn { get; private set; }

    public bool RecordsCellDigests => digestBuffer is not null;

    /// <summary>Counts a hashed cell and records its digest when digests are kept.</summary>
    public void Add(int row, int column, ulong digest)
    {
        if (digestBuffer is not null)
        {
            digestWriter ??= new CellDigestWriter(digestBuffer);
            digestWriter.Write(new CellDigest(row, column, digest));
        }

        CellCount++;
        (LastRow, LastColumn) = (row, column);
    }

    /// <summary>Returns the serialised digest list, or null when digests are not kept.</summary>
    public byte[]? CompleteDigests()
    {
        if (digestBuffer is null)
        {
            return null;
        }

        digestWriter ??= new CellDigestWriter(digestBuffer);
        digestWriter.Complete();

        return digestBuffer.ToArray();
    }

    public void Dispose()
    {
        digestWriter?.Dispose();
        digestBuffer?.Dispose();
    }
}
