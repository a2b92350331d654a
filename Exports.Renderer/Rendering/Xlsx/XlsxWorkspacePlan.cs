namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>A Workspace sheet: formulas that mirror the cells of one Foundation sheet.</summary>
/// <param name="Foundation">The Foundation sheet whose cells the formulas reference.</param>
/// <param name="Name">Name in the output, Excel-safe and unique.</param>
internal sealed record XlsxWorkspacePlan(XlsxSheetPlan Foundation, string Name)
{
    /// <summary>Whether the sheet is hidden: it follows its Foundation sheet.</summary>
    public bool Hidden => Foundation.Hidden;
}
