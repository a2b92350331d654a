using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>A sheet to draw.</summary>
/// <param name="Source">The normalised sheet.</param>
/// <param name="Name">
/// Name the PDF shows, the XLSX export's name of the sheet, such as <c>Foundation - Assets</c>.
/// </param>
/// <param name="FirstRow">Number of its first row that contains a value; 0 when it has none.</param>
internal sealed record PdfSheetInput(SheetDescriptor Source, string Name, int FirstRow)
{
    /// <summary>Whether row 1 contains values, which makes it the header row repeated on every page.</summary>
    public bool HasHeader => FirstRow == 1;
}
