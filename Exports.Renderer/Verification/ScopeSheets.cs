using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Import.Xlsx;

namespace Exports.Renderer.Verification;

/// <summary>Picks the worksheets of a copy that a hash scope covers.</summary>
internal static class ScopeSheets
{
    /// <summary>Prefix of every Foundation sheet's name.</summary>
    public const string FoundationPrefix = "Foundation - ";

    /// <summary>
    /// Returns the worksheets in workbook order: those named <c>Foundation - …</c> for <c>foundation</c>, every
    /// worksheet for <c>validated</c>; null for a scope this version does not know.
    /// </summary>
    public static IReadOnlyList<XlsxWorksheet>? Select(IReadOnlyList<XlsxWorksheet> worksheets, string scope) =>
        scope switch
        {
            HashScopes.Foundation => [.. worksheets.Where(IsFoundation)],
            HashScopes.Validated => worksheets,
            _ => null,
        };

    /// <summary>The scope a copy without a manifest was most likely exported with.</summary>
    public static string Guess(IReadOnlyList<XlsxWorksheet> worksheets) =>
        worksheets.Any(IsFoundation) ? HashScopes.Foundation : HashScopes.Validated;

    private static bool IsFoundation(XlsxWorksheet worksheet) =>
        worksheet.Name.StartsWith(FoundationPrefix, StringComparison.Ordinal);
}
