using System.Text.Json;
using Exports.Storage;

namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Stores and loads normalised workbooks in the blob store.</summary>
public sealed class NormalizedWorkbookStore(IBlobStore blobs)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Writes one sheet's cell stream atomically and returns the statistics of what was written.</summary>
    public async Task<SheetStatistics> WriteSheetAsync(
        string tenantId,
        string workbookId,
        int sheetIndex,
        Action<CellStreamWriter> writeCells,
        CancellationToken cancellationToken)
    {
        SheetStatistics? statistics = null;
        await blobs.WriteAsync(
            BlobKeys.SheetCells(tenantId, workbookId, sheetIndex),
            (stream, _) =>
            {
                using var writer = new CellStreamWriter(stream);
                writeCells(writer);
                writer.Complete();
                statistics = writer.Statistics;

                return Task.CompletedTask;
            },
            cancellationToken);

        return statistics!;
    }

    /// <summary>
    /// Writes the descriptor; write it after every sheet, since its presence marks the import complete.
    /// </summary>
    public Task SaveDescriptorAsync(WorkbookDescriptor descriptor, CancellationToken cancellationToken) =>
        blobs.WriteAsync(
            BlobKeys.WorkbookDescriptor(descriptor.TenantId, descriptor.WorkbookId),
            (stream, token) => JsonSerializer.SerializeAsync(stream, descriptor, JsonOptions, token),
            cancellationToken);

    /// <summary>Loads a descriptor, or returns null when the tenant has no such workbook.</summary>
    public async Task<WorkbookDescriptor?> FindDescriptorAsync(
        string tenantId, string workbookId, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await blobs.OpenReadAsync(
                BlobKeys.WorkbookDescriptor(tenantId, workbookId), cancellationToken);

            return await JsonSerializer.DeserializeAsync<WorkbookDescriptor>(stream, JsonOptions, cancellationToken);
        }
        catch (BlobNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Opens a sheet's cell stream for reading.</summary>
    public async Task<CellStreamReader> OpenSheetAsync(
        string tenantId, string workbookId, int sheetIndex, CancellationToken cancellationToken)
    {
        var stream = await blobs.OpenReadAsync(BlobKeys.SheetCells(tenantId, workbookId, sheetIndex), cancellationToken);

        return new CellStreamReader(stream);
    }

    /// <summary>Removes everything stored for a workbook, such as after a failed import.</summary>
    public Task DeleteAsync(string tenantId, string workbookId, CancellationToken cancellationToken) =>
        blobs.DeletePrefixAsync(BlobKeys.WorkbookPrefix(tenantId, workbookId), cancellationToken);
}
