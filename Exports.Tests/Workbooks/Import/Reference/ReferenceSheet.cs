namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>A worksheet as an independent reader of the source file sees it.</summary>
public sealed record ReferenceSheet(string Name, bool Hidden, IReadOnlyList<ReferenceCell> Cells);
