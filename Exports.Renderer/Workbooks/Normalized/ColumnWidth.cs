namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Widest displayed value of one column, in characters, longest line of multi-line text.</summary>
/// <param name="Column">1-based column number.</param>
/// <param name="MaxCharacters">Character count of the widest value, capped at 255.</param>
public sealed record ColumnWidth(int Column, int MaxCharacters);
