namespace Exports.Renderer.Provenance;

/// <summary>
/// Constants of the serialised per-cell digest list of one sheet. The list is the 4 magic bytes, then one
/// entry a cell in row-major order, then the end marker. An entry starts with the row's distance from the
/// previous entry's row, where the first entry counts from row 0. The column follows, as its distance from the
/// previous column when the row is the same and as the column number otherwise. Both are 7-bit encoded
/// integers, and the 8 digest bytes end the entry. The end marker is the two bytes 0 0, which no entry can
/// start with because a column distance within a row is at least 1.
/// </summary>
internal static class CellDigestFormat
{
    public const int DigestLength = 8;

    public static ReadOnlySpan<byte> Magic => "CBD1"u8;
}
