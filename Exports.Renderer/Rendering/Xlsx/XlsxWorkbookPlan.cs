using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// The sheets of an XLSX export in workbook order. With three zones: the Foundation sheets (values, protected,
/// the hash scope <c>foundation</c>), then one Workspace sheet per Foundation sheet, then the Control sheet.
/// Without: the data sheets under their sanitised names, the hash scope <c>validated</c>.
/// </summary>
internal sealed record XlsxWorkbookPlan
{
    /// <summary>Prefix of Foundation sheet names.</summary>
    public const string FoundationPrefix = "Foundation - ";

    /// <summary>Prefix of Workspace sheet names.</summary>
    public const string WorkspacePrefix = "Workspace - ";

    /// <summary>Name of the Control sheet.</summary>
    public const string ControlName = "Control";

    /// <summary>Hash scope of <see cref="ScopeSheets"/>, one of <see cref="HashScopes"/>.</summary>
    public required string HashScope { get; init; }

    /// <summary>The sheets that hold the values and form the hash scope, in workbook order.</summary>
    public required IReadOnlyList<XlsxSheetPlan> ScopeSheets { get; init; }

    /// <summary>Workspace sheets in workbook order; empty without three zones.</summary>
    public IReadOnlyList<XlsxWorkspacePlan> WorkspaceSheets { get; init; } = [];

    /// <summary>Name of the Control sheet; null without three zones.</summary>
    public string? ControlSheetName { get; init; }

    /// <summary>Plans the workbook of <paramref name="sheets"/>, with or without the three zones.</summary>
    public static XlsxWorkbookPlan Create(IReadOnlyList<SheetDescriptor> sheets, bool threeZone)
    {
        var names = new XlsxSheetNames();
        if (!threeZone)
        {
            return new XlsxWorkbookPlan
            {
                HashScope = HashScopes.Validated,
                ScopeSheets = XlsxSheetPlan.ForDataSheets(sheets, names),
            };
        }

        var foundation = XlsxSheetPlan.ForDataSheets(sheets, names, FoundationPrefix, isProtected: true);
        List<XlsxWorkspacePlan> workspace =
        [
            .. foundation.Select((sheet, index) =>
                new XlsxWorkspacePlan(sheet, names.Reserve(WorkspacePrefix, sheet.Source.Name, index + 1))),
        ];

        return new XlsxWorkbookPlan
        {
            HashScope = HashScopes.Foundation,
            ScopeSheets = foundation,
            WorkspaceSheets = workspace,
            ControlSheetName = names.ReserveFixed(ControlName),
        };
    }
}
