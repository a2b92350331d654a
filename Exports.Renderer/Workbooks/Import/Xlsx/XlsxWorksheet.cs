namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>One worksheet of an opened XLSX package, in workbook order.</summary>
/// <param name="Name">Sheet name.</param>
/// <param name="Hidden">Whether the sheet is hidden or very hidden.</param>
/// <param name="PartName">Part of the sheet's XML; null when the workbook lists a sheet the package lacks.</param>
internal sealed record XlsxWorksheet(string Name, bool Hidden, string? PartName);
