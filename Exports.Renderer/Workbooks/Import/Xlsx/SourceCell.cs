namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>A <c>c</c> element of a worksheet as written, its position already worked out.</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Type">The <c>t</c> attribute; null means <c>n</c>.</param>
/// <param name="CellFormatIndex">The <c>s</c> attribute, 0 when absent.</param>
/// <param name="Value">Text of the <c>v</c> element; null when the cell has none.</param>
/// <param name="InlineText">Text of the <c>is</c> element of an inline string; null when the cell has none.</param>
/// <param name="Formula">Text of the <c>f</c> element; null or empty when the cell has none of its own.</param>
internal readonly record struct SourceCell(
    int Row, int Column, string? Type, int CellFormatIndex, string? Value, string? InlineText, string? Formula);
