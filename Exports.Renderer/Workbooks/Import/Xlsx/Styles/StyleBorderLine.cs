namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>One side of a <c>border</c> of the style part, its colour not yet resolved.</summary>
internal sealed record StyleBorderLine(string Style, ColorReference? Color);
