using System.Text;
using System.Text.Json;
using Exports.Storage;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>
/// The server's record of each export's provenance: the signed manifest, the per-cell digests of every sheet of
/// its scope, and an index from data hash to export, which finds the record of a copy whose manifest was stripped.
/// </summary>
public sealed class ManifestRecords(IBlobStore blobs)
{
    private const string HashPrefix = "sha256:";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Saves the manifest and the digests of each sheet (by scope index), then the hash index entry.</summary>
    public async Task SaveAsync(
        ProvenanceManifest manifest, IReadOnlyList<CellDigestList> sheetDigests, CancellationToken cancellationToken)
    {
        for (var index = 0; index < sheetDigests.Count; index++)
        {
            var digests = sheetDigests[index];
            await blobs.WriteAsync(
                BlobKeys.ManifestCellDigests(manifest.TenantId, manifest.ExportId, index),
                (stream, token) => digests.CopyToAsync(stream, token),
                cancellationToken);
        }

        await blobs.WriteAsync(
            BlobKeys.ManifestRecord(manifest.TenantId, manifest.ExportId),
            (stream, token) => JsonSerializer.SerializeAsync(stream, manifest, JsonOptions, token),
            cancellationToken);
        await blobs.WriteAsync(
            BlobKeys.ManifestHashIndex(manifest.TenantId, HexOf(manifest.DataHash)),
            (stream, token) => stream.WriteAsync(Encoding.UTF8.GetBytes(manifest.ExportId), token).AsTask(),
            cancellationToken);
    }

    /// <summary>Loads the record of an export of the tenant, or null when there is none.</summary>
    public async Task<ProvenanceManifest?> FindAsync(
        string tenantId, string exportId, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await blobs.OpenReadAsync(
                BlobKeys.ManifestRecord(tenantId, exportId), cancellationToken);

            return await JsonSerializer.DeserializeAsync<ProvenanceManifest>(stream, JsonOptions, cancellationToken);
        }
        catch (BlobNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Loads the record of the tenant's latest export with this data hash, or null when there is none.
    /// </summary>
    public async Task<ProvenanceManifest?> FindByDataHashAsync(
        string tenantId, string dataHash, CancellationToken cancellationToken)
    {
        var hex = HexOf(dataHash);
        if (!BlobKeys.IsValidSegment(hex))
        {
            return null;
        }

        try
        {
            await using var stream = await blobs.OpenReadAsync(
                BlobKeys.ManifestHashIndex(tenantId, hex), cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var exportId = await reader.ReadToEndAsync(cancellationToken);

            return BlobKeys.IsValidSegment(exportId) ? await FindAsync(tenantId, exportId, cancellationToken) : null;
        }
        catch (BlobNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Opens the recorded digests of one sheet of the scope.</summary>
    public async Task<CellDigestReader> OpenDigestsAsync(
        string tenantId, string exportId, int sheetIndex, CancellationToken cancellationToken) =>
        new(await blobs.OpenReadAsync(BlobKeys.ManifestCellDigests(tenantId, exportId, sheetIndex), cancellationToken));

    /// <summary>
    /// Removes the record of an export, such as one that was cancelled before anyone could download it.
    /// </summary>
    public async Task DeleteAsync(string tenantId, string exportId, CancellationToken cancellationToken)
    {
        var manifest = await FindAsync(tenantId, exportId, cancellationToken);
        if (manifest is not null)
        {
            var indexed = await FindByDataHashAsync(tenantId, manifest.DataHash, cancellationToken);
            if (indexed?.ExportId == exportId)
            {
                await blobs.DeleteAsync(
                    BlobKeys.ManifestHashIndex(tenantId, HexOf(manifest.DataHash)), cancellationToken);
            }
        }

        await blobs.DeletePrefixAsync(BlobKeys.ManifestPrefix(tenantId, exportId), cancellationToken);
    }

    private static string HexOf(string dataHash) =>
        dataHash.StartsWith(HashPrefix, StringComparison.Ordinal) ? dataHash[HashPrefix.Length..] : dataHash;
}
