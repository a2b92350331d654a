namespace Exports.Renderer.Rendering;

/// <summary>How an artifact is offered for download.</summary>
/// <param name="FileName">File name for <c>Content-Disposition</c>, such as <c>Budget.xlsx</c>.</param>
/// <param name="ContentType">MIME type, such as <c>text/csv</c>.</param>
public sealed record ExportFileInfo(string FileName, string ContentType);
