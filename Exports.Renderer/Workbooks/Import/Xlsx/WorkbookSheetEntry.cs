namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>A <c>sheet</c> element of the workbook part, in workbook order.</summary>
/// <param name="Name">Sheet name.</param>
/// <param name="RelationshipId">Id of the workbook relationship to the sheet's part.</param>
/// <param name="Visibility">Whether the sheet is shown.</param>
internal sealed record WorkbookSheetEntry(string Name, string? RelationshipId, SheetVisibility Visibility);
