namespace Exports.Renderer.Provenance;

/// <summary>The cb_hash_v1 result of a hash scope.</summary>
public sealed record CbHashV1Result : IDisposable
{
    /// <summary>Hash of the whole scope: <c>sha256:</c> and the lowercase hex digest.</summary>
    public required string DataHash { get; init; }

    /// <summary>Each sheet of the scope in the order hashed.</summary>
    public required IReadOnlyList<SheetHash> Sheets { get; init; }

    /// <summary>Total number of non-blank cells hashed.</summary>
    public long CellCount => Sheets.Sum(sheet => sheet.CellCount);

    /// <summary>Disposes the recorded per-cell digests, which may occupy temporary files.</summary>
    public void Dispose()
    {
        foreach (var sheet in Sheets)
        {
            sheet.CellDigests?.Dispose();
        }
    }
}
