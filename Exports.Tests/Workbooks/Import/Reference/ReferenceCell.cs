namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>A cell as read by a reader independent of the importer.</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Kind">Value type, the same names the normalised cells use.</param>
/// <param name="Value">
/// Invariant text of the value: "R" form for numbers and serials, TRUE or FALSE, or the text.
/// </param>
/// <param name="Formula">Formula text, or null.</param>
public sealed record ReferenceCell(int Row, int Column, string Kind, string Value, string? Formula);
