namespace Exports.Tests.Provenance.Vectors;

/// <summary>A cb_hash_v1 test vector: cells in, canonical values, stream bytes and hashes out.</summary>
/// <param name="Name">Vector name.</param>
/// <param name="Sheets">Input sheets; cells carry numbers as shortest round-trip text and strings raw.</param>
/// <param name="Canonical">Expected canonical cells per sheet, in row-major order, blanks left out.</param>
/// <param name="StreamHex">Expected hashed byte stream as lowercase hex, or null when the vector gives none.</param>
/// <param name="DataHash">Expected data hash.</param>
/// <param name="SheetHashes">Expected per-sheet hashes, or null when the vector gives none.</param>
public sealed record HashVector(
    string Name,
    IReadOnlyList<VectorSheet> Sheets,
    IReadOnlyList<VectorSheet> Canonical,
    string? StreamHex,
    string DataHash,
    IReadOnlyList<string>? SheetHashes)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
