namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>A colour as a style part writes it, before the palette and the theme resolve it.</summary>
/// <param name="Rgb">ARGB or RGB hex from the <c>rgb</c> attribute.</param>
/// <param name="Indexed">Index into the indexed palette.</param>
/// <param name="Theme">Index into the theme's colour scheme.</param>
/// <param name="Tint">Lightness change from -1 (black) to 1 (white); 0 leaves the colour as is.</param>
/// <param name="Auto">Whether the colour is automatic, which has no fixed value.</param>
internal sealed record ColorReference(string? Rgb, int? Indexed, int? Theme, double Tint, bool Auto);
