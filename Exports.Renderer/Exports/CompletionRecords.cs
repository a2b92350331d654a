using System.Text.Json;
using Exports.Contracts;
using Exports.Storage;

namespace Exports.Renderer.Exports;

/// <summary>Keeps the <see cref="ExportCompleted"/> of each finished export beside its artifacts.</summary>
public sealed class CompletionRecords(IBlobStore blobs)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Saves the record atomically.</summary>
    public Task SaveAsync(ExportCompleted completed, CancellationToken cancellationToken) =>
        blobs.WriteAsync(
            BlobKeys.ExportCompletion(completed.TenantId, completed.ExportId),
            (stream, token) => JsonSerializer.SerializeAsync(stream, completed, JsonOptions, token),
            cancellationToken);

    /// <summary>Loads the record of an export, or returns null when it has not completed.</summary>
    public async Task<ExportCompleted?> FindAsync(string tenantId, string exportId, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await blobs.OpenReadAsync(
                BlobKeys.ExportCompletion(tenantId, exportId), cancellationToken);

            return await JsonSerializer.DeserializeAsync<ExportCompleted>(stream, JsonOptions, cancellationToken);
        }
        catch (BlobNotFoundException)
        {
            return null;
        }
    }
}
