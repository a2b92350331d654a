using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>Maps a cell's <c>s</c> attribute to its normalised style and to the kind of its number format.</summary>
internal sealed class XlsxStyleMap(IReadOnlyList<CellStyle> styles, int[] styleIds, NumberFormatKind[] kinds)
{
    /// <summary>The deduplicated style table; entry 0 is the default style.</summary>
    public IReadOnlyList<CellStyle> Styles => styles;

    /// <summary>Returns the normalised style id of a cell format index; 0 for an undefined index.</summary>
    public int StyleIdOf(int cellFormatIndex) =>
        cellFormatIndex >= 0 && cellFormatIndex < styleIds.Length ? styleIds[cellFormatIndex] : 0;

    /// <summary>Returns what a cell format's number format shows.</summary>
    public NumberFormatKind KindOf(int cellFormatIndex) =>
        cellFormatIndex >= 0 && cellFormatIndex < kinds.Length ? kinds[cellFormatIndex] : NumberFormatKind.Number;
}
