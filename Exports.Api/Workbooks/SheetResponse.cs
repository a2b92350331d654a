namespace Exports.Api.Workbooks;

/// <summary>One sheet in a workbook response.</summary>
/// <param name="Id">Sheet id, for <c>sheet_ids</c> of an export.</param>
/// <param name="Name">Sheet name.</param>
/// <param name="Index">Zero-based position.</param>
/// <param name="RowCount">Highest row number that contains a value.</param>
/// <param name="ColumnCount">Highest column number that contains a value.</param>
/// <param name="CellCount">Number of cells that contain a value.</param>
public sealed record SheetResponse(string Id, string Name, int Index, int RowCount, int ColumnCount, long CellCount);
