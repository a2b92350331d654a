namespace Exports.Tests.RoundTrip;

/// <summary>A cell as one side of a round trip gives it, in the terms of the format being compared.</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Type">
/// Type class: the reference readers' kinds (<c>Number</c>, <c>DateTime</c>, ...) for XLSX, the document's
/// <c>type</c> for JSON, and <c>field</c> for CSV, which has no types.
/// </param>
/// <param name="Value">Invariant text of the value.</param>
/// <param name="Formula">Formula text without <c>=</c>, or null.</param>
public sealed record RoundTripCell(int Row, int Column, string Type, string Value, string? Formula = null);
