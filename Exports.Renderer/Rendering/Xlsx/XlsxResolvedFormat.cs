namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>A cell format with its number format, font, fill and border replaced by their ids.</summary>
internal sealed record XlsxResolvedFormat(int NumberFormatId, int FontId, int FillId, int BorderId, XlsxAlignment? Alignment);
