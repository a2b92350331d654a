namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>What <c>docProps/core.xml</c> says about the file.</summary>
/// <param name="Title">Title, the workbook's name.</param>
/// <param name="Identifier">Identifier, the export id.</param>
/// <param name="Created">Creation and modification time.</param>
internal sealed record XlsxDocumentProperties(string Title, string Identifier, DateTimeOffset Created);
