namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Builds the parts of Excel formulas that reference other sheets.</summary>
internal static class XlsxFormulas
{
    /// <summary>
    /// Returns the sheet part of a reference to <paramref name="sheetName"/>: the name in apostrophes, each
    /// apostrophe inside doubled, then <c>!</c>, such as <c>'Foundation - Q1''s'!</c>. Quoting every name is
    /// always valid, so names with spaces, digits or punctuation need no special case.
    /// </summary>
    public static string SheetReference(string sheetName) =>
        "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'!";
}
