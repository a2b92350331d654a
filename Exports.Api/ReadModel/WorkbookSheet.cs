namespace Exports.Api.ReadModel;

/// <summary>One worksheet of a stored workbook.</summary>
/// <param name="Id">Sheet id, a UUID.</param>
/// <param name="Name">Sheet name.</param>
/// <param name="Index">Zero-based position in workbook order.</param>
/// <param name="RowCount">Highest row number that contains a value.</param>
/// <param name="ColumnCount">Highest column number that contains a value.</param>
/// <param name="CellCount">Number of cells that contain a value.</param>
public sealed record WorkbookSheet(string Id, string Name, int Index, int RowCount, int ColumnCount, long CellCount);
