namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>A <c>font</c> of the style part, its colour not yet resolved.</summary>
internal sealed record StyleFont(
    string? Name,
    double? SizePoints,
    bool Bold,
    bool Italic,
    bool Underline,
    bool Strikethrough,
    ColorReference? Color);
