namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>One border line.</summary>
/// <param name="Style">
/// Line style as SpreadsheetML names it, such as <c>thin</c>, <c>medium</c> or <c>dashed</c>.
/// </param>
/// <param name="Color">ARGB colour; null for automatic.</param>
public sealed record CellBorder(string Style, string? Color);
