namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>A worksheet as read by a reader independent of the importer.</summary>
public sealed record ReferenceSheet(string Name, bool Hidden, IReadOnlyList<ReferenceCell> Cells);
