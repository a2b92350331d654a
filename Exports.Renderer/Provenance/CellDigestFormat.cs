namespace Exports.Renderer.Provenance;

/// <summary>
/// Constants of the serialised per-cell digest list of one sheet. The list is the 4 magic bytes, then one
/// entry a cell in row-major order, then the end marker. An entry is the row's distance from the previous
/// entry's row (7-bit encoded, the first entry counting from row 0), the column (7-bit encoded, as the distance
/// from the previous column when the row is the same), then the 8 digest bytes. The end marker is the two
/// bytes 0 0, which no entry can start with because a column distance within a row is at least 1.
/// </summary>
internal static class CellDigestFormat
{
    public const int DigestLength = 8;

    public static ReadOnlySpan<byte> Magic => "CBD1"u8;
}
