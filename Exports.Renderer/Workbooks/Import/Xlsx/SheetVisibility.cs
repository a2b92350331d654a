namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>The <c>state</c> of a sheet in the workbook part.</summary>
internal enum SheetVisibility
{
    Visible,
    Hidden,
    VeryHidden,
}
