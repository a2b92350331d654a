namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>One internal relationship of a part, its target resolved to a part name.</summary>
/// <param name="Id">Relationship id, such as <c>rId1</c>.</param>
/// <param name="Type">Relationship type URI.</param>
/// <param name="TargetPartName">Part name the relationship points at.</param>
internal sealed record PartRelationship(string Id, string Type, string TargetPartName);
