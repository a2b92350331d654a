namespace Exports.Tests.Support.XlsxBuilding;

/// <summary>A sheet a test workbook is built with.</summary>
/// <param name="Name">Sheet name in the workbook part.</param>
/// <param name="SheetData">Inner XML of <c>sheetData</c>, without prefixes; null for a chartsheet.</param>
/// <param name="State">The <c>state</c> attribute, such as <c>hidden</c>; null for visible.</param>
public sealed record XlsxSheetPart(string Name, string? SheetData, string? State);
