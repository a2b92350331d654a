using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Support.Normalized;

/// <summary>Opens sheets' cell streams from a <see cref="NormalizedWorkbookStore"/>.</summary>
public sealed class StoreSheetCellSource(NormalizedWorkbookStore store, string tenantId, string workbookId)
    : ISheetCellSource
{
    /// <inheritdoc />
    public Task<CellStreamReader> OpenAsync(SheetDescriptor sheet, CancellationToken cancellationToken) =>
        store.OpenSheetAsync(tenantId, workbookId, sheet.Index, cancellationToken);
}
