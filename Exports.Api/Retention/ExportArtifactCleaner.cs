using Exports.Contracts;
using Exports.Storage;

namespace Exports.Api.Retention;

/// <summary>
/// Deletes the stored files of an export: its folder in the blob store, and artifacts stored elsewhere in the
/// tenant's folder.
/// </summary>
public sealed class ExportArtifactCleaner(IBlobStore blobs, ILogger<ExportArtifactCleaner> logger)
{
    /// <summary>
    /// Deletes the export's folder and each artifact's storage path. A path outside the tenant's folder is left
    /// alone and logged, so a malformed event cannot delete another tenant's data.
    /// </summary>
    public async Task DeleteAsync(
        string tenantId,
        string exportId,
        IEnumerable<ExportArtifact> artifacts,
        CancellationToken cancellationToken)
    {
        var exportPrefix = BlobKeys.ExportPrefix(tenantId, exportId);
        await blobs.DeletePrefixAsync(exportPrefix, cancellationToken);

        var tenantPrefix = $"tenants/{tenantId}/";
        foreach (var artifact in artifacts)
        {
            if (artifact.StoragePath.StartsWith(exportPrefix + "/", StringComparison.Ordinal))
            {
                continue;
            }

            if (!artifact.StoragePath.StartsWith(tenantPrefix, StringComparison.Ordinal))
            {
                logger.LogWarning(
                    "Left artifact {StoragePath} of export {ExportId} in place: it is outside the folder of tenant " +
                    "{TenantId}",
                    artifact.StoragePath, exportId, tenantId);
                continue;
            }

            await blobs.DeleteAsync(artifact.StoragePath, cancellationToken);
        }
    }
}
