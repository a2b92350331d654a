namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>A <c>border</c> of the style part; a null side has no line.</summary>
internal sealed record StyleBorder(
    StyleBorderLine? Left, StyleBorderLine? Right, StyleBorderLine? Top, StyleBorderLine? Bottom);
