namespace Exports.Renderer.Rendering.Pdf;

/// <summary>What a finished PDF contains.</summary>
/// <param name="PageCount">Number of pages.</param>
/// <param name="RowsOmitted">Rows with values the page limit left out; 0 when none were.</param>
public sealed record PdfRenderResult(int PageCount, long RowsOmitted);
