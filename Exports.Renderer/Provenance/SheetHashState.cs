namespace Exports.Renderer.Provenance;

/// <summary>What <see cref="CbHashV1Builder"/> tracks of the sheet it is hashing.</summary>
internal sealed class SheetHashState(int index, string name, bool recordCellDigests) : IDisposable
{
    private CellDigestList? digests = recordCellDigests ? new CellDigestList() : null;

    public int Index { get; } = index;

    public string Name { get; } = name;

    public long CellCount { get; private set; }

    public int LastRow { get; private set; }

    public int LastColumn { get; private set; }

    public bool RecordsCellDigests => digests is not null;

    /// <summary>Counts a hashed cell and records its digest when digests are kept.</summary>
    public void Add(int row, int column, ulong digest)
    {
        digests?.Add(new CellDigest(row, column, digest));

        CellCount++;
        (LastRow, LastColumn) = (row, column);
    }

    /// <summary>
    /// Completes the digest list and hands it over, or returns null when digests are not kept; the caller then
    /// owns the list.
    /// </summary>
    public CellDigestList? CompleteDigests()
    {
        var completed = digests;
        completed?.Complete();
        digests = null;

        return completed;
    }

    public void Dispose() => digests?.Dispose();
}
