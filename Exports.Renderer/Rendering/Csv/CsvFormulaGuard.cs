namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Neutralises CSV formula injection as OWASP advises: text that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, TAB or CR gets a leading apostrophe, so a spreadsheet program shows it as text instead of
/// running it. Only text cells are changed; numbers, negative ones included, are written as they are.
/// </summary>
internal static class CsvFormulaGuard
{
    /// <summary>Prefix that marks a cell as text in spreadsheet programs.</summary>
    public const char Prefix = '\'';

    /// <summary>Whether a text value would be read as a formula.</summary>
    public static bool NeedsPrefix(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
