using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// One worksheet of the output that contains a source sheet's values, decided before any sheet is written.
/// </summary>
/// <param name="Source">The normalised sheet whose cells fill it.</param>
/// <param name="Name">Name in the output, Excel-safe and unique.</param>
/// <param name="Hidden">Whether the sheet is hidden.</param>
/// <param name="Selected">Whether the sheet is the active tab when the file opens.</param>
/// <param name="Protected">Whether the sheet is protected against edits (Foundation sheets).</param>
internal sealed record XlsxSheetPlan(
    SheetDescriptor Source, string Name, bool Hidden, bool Selected, bool Protected = false)
{
    /// <summary>
    /// Plans the sheets that hold the values: names of <paramref name="prefix"/> and the sanitised source name,
    /// hidden sheets kept hidden, and the first visible sheet active. When every sheet is hidden the first is
    /// shown, since Excel needs one visible sheet.
    /// </summary>
    public static IReadOnlyList<XlsxSheetPlan> ForDataSheets(
        IReadOnlyList<SheetDescriptor> sheets, XlsxSheetNames names, string prefix = "", bool isProtected = false)
    {
        var active = Math.Max(0, sheets.ToList().FindIndex(sheet => !sheet.Hidden));

        return
        [
            .. sheets.Select((sheet, index) => new XlsxSheetPlan(
                sheet,
                names.Reserve(prefix, sheet.Name, index + 1),
                Hidden: sheet.Hidden && index != active,
                Selected: index == active,
                isProtected)),
        ];
    }
}
