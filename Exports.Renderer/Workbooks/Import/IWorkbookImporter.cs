using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>Reads an uploaded source file and stores it as a normalised workbook.</summary>
public interface IWorkbookImporter
{
    /// <summary>
    /// Detects the file type from the content, normalises every worksheet into the blob store and saves the
    /// descriptor last, so a workbook is visible to renderers only once complete.
    /// </summary>
    /// <exception cref="WorkbookRejectedException">
    /// The file cannot be read as a spreadsheet; nothing is kept.
    /// </exception>
    Task<WorkbookDescriptor> ImportAsync(WorkbookSource source, CancellationToken cancellationToken);
}
