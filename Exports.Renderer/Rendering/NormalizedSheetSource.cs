using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering;

/// <summary>Opens the sheets of one normalised workbook from the blob store.</summary>
public sealed class NormalizedSheetSource(NormalizedWorkbookStore store, WorkbookDescriptor workbook) : ISheetCellSource
{
    /// <inheritdoc />
    public Task<CellStreamReader> OpenAsync(SheetDescriptor sheet, CancellationToken cancellationToken) =>
        store.OpenSheetAsync(workbook.TenantId, workbook.WorkbookId, sheet.Index, cancellationToken);
}
