namespace Exports.Renderer.Provenance;

/// <summary>The cb_hash_v1 result of one sheet in scope, for the manifest.</summary>
public sealed record SheetHash
{
    /// <summary>Zero-based position of the sheet within the hash scope.</summary>
    public required int Index { get; init; }

    /// <summary>Sheet name as hashed.</summary>
    public required string Name { get; init; }

    /// <summary>Number of non-blank cells hashed.</summary>
    public required long CellCount { get; init; }

    /// <summary>
    /// The sheet's own hash, <c>sha256:</c> and lowercase hex, over the header, the sheet's record and its cells.
    /// </summary>
    public required string Hash { get; init; }

    /// <summary>
    /// Per-cell digests, or null when the builder was not asked to record them. The list belongs to the caller that
    /// keeps the result, who disposes it when done.
    /// </summary>
    public CellDigestList? CellDigests { get; init; }
}
