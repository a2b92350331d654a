using System.Text.Json.Serialization;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>
/// The provenance manifest of an export: embedded in the XLSX as a Custom XML Part and kept by the server as its
/// record. The HMAC covers every other field, in the order <see cref="ManifestCanonicalForm"/> defines.
/// </summary>
public sealed record ProvenanceManifest
{
    /// <summary>Manifest version, the name of the canonical hash: <c>cb_hash_v1</c>.</summary>
    public const string CurrentVersion = "cb_hash_v1";

    /// <summary>Manifest version.</summary>
    public string ManifestVersion { get; init; } = CurrentVersion;

    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Workbook id.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>Hash scope: <c>foundation</c> or <c>validated</c>.</summary>
    public required string HashScope { get; init; }

    /// <summary>cb_hash_v1 data hash of the scope, <c>sha256:</c> and lowercase hex.</summary>
    public required string DataHash { get; init; }

    /// <summary>Sheets of the scope in hash order.</summary>
    public required IReadOnlyList<ManifestSheet> Sheets { get; init; }

    /// <summary>Creation time, UTC, in the form <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public required string CreatedAt { get; init; }

    /// <summary>Id of the HMAC key.</summary>
    public required string KeyId { get; init; }

    /// <summary>
    /// External signature over <see cref="ManifestDigest"/>, added when the export asked for signing; null
    /// otherwise. The HMAC covers it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ManifestSignature? Signature { get; init; }

    /// <summary>HMAC-SHA256 of the canonical form, base64; empty until signed.</summary>
    public string Hmac { get; init; } = string.Empty;
}
