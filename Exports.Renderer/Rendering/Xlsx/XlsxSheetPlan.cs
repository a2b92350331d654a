using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>One worksheet of the output, decided before any sheet is written.</summary>
/// <param name="Source">The normalised sheet whose cells fill it.</param>
/// <param name="Name">Name in the output, Excel-safe and unique.</param>
/// <param name="Hidden">Whether the sheet is hidden.</param>
/// <param name="Selected">Whether the sheet is the active tab when the file opens.</param>
internal sealed record XlsxSheetPlan(SheetDescriptor Source, string Name, bool Hidden, bool Selected)
{
    /// <summary>
    /// Plans the data sheets: sanitised names, hidden sheets kept hidden, and the first visible sheet active.
    /// When every sheet is hidden the first is shown, since Excel needs one visible sheet.
    /// </summary>
    public static IReadOnlyList<XlsxSheetPlan> ForDataSheets(IReadOnlyList<SheetDescriptor> sheets)
    {
        var names = new XlsxSheetNames();
        var active = Math.Max(0, sheets.ToList().FindIndex(sheet => !sheet.Hidden));

        return
        [
            .. sheets.Select((sheet, index) => new XlsxSheetPlan(
                sheet,
                names.Reserve(sheet.Name, index + 1),
                Hidden: sheet.Hidden && index != active,
                Selected: index == active)),
        ];
    }
}
