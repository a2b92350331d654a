namespace Exports.Renderer.Rendering.Pdf;

/// <summary>A row held until its block of rows is drawn.</summary>
/// <param name="Number">1-based row number.</param>
/// <param name="Cells">Its non-blank cells, by column ascending.</param>
internal sealed record PdfRow(int Number, IReadOnlyList<PdfCellText> Cells);
