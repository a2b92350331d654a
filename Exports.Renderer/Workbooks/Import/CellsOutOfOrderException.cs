namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// Thrown when a source's cells are not in row-major order, so the sheet must be sorted before it is stored.
/// </summary>
internal sealed class CellsOutOfOrderException()
    : Exception("The source's cells are not in row-major order.");
