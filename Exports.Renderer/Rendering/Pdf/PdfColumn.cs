namespace Exports.Renderer.Rendering.Pdf;

/// <summary>A sheet column as a PDF table draws it.</summary>
/// <param name="Number">1-based column number.</param>
/// <param name="Left">Distance of its left border from the table's left edge, after the row numbers.</param>
/// <param name="Width">Width, from the widest value counted at import.</param>
internal sealed record PdfColumn(int Number, double Left, double Width);
