using System.Globalization;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>Builds the unsigned manifest of an export from its cb_hash_v1 result.</summary>
public static class ManifestFactory
{
    /// <summary>Format of <see cref="ProvenanceManifest.CreatedAt"/>: UTC with milliseconds and <c>Z</c>.</summary>
    public const string CreatedAtFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";

    /// <summary>
    /// Returns the manifest of a hash scope: the ids, the scope, the data hash, each sheet's index, name, cell count
    /// and hash, and the creation time. The key id and HMAC stay empty until <see cref="ManifestSigner"/> signs it.
    /// </summary>
    public static ProvenanceManifest Create(
        string exportId,
        string workbookId,
        string tenantId,
        string hashScope,
        CbHashV1Result hash,
        DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(hash);

        return new ProvenanceManifest
        {
            ExportId = exportId,
            WorkbookId = workbookId,
            TenantId = tenantId,
            HashScope = hashScope,
            DataHash = hash.DataHash,
            Sheets =
            [
                .. hash.Sheets.Select(sheet => new ManifestSheet(sheet.Index, sheet.Name, sheet.CellCount, sheet.Hash)),
            ],
            CreatedAt = FormatCreatedAt(createdAt),
            KeyId = string.Empty,
        };
    }

    /// <summary>
    /// Formats a time in the form of <see cref="ProvenanceManifest.CreatedAt"/>, such as
    /// <c>2026-02-15T10:30:00.000Z</c>.
    /// </summary>
    public static string FormatCreatedAt(DateTimeOffset time) =>
        time.UtcDateTime.ToString(CreatedAtFormat, CultureInfo.InvariantCulture);
}
