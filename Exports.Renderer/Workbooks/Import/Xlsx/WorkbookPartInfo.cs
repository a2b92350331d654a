namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>What the importer needs from the workbook part.</summary>
/// <param name="Date1904">Whether serials count from 1904-01-01 instead of 1900-01-01.</param>
/// <param name="Sheets">Every sheet of the workbook, worksheets or not, in workbook order.</param>
internal sealed record WorkbookPartInfo(bool Date1904, IReadOnlyList<WorkbookSheetEntry> Sheets);
