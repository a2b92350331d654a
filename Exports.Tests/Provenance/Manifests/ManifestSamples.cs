using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Provenance.Manifests;

/// <summary>Manifests and key rings for manifest tests.</summary>
public static class ManifestSamples
{
    /// <summary>An unsigned manifest of two sheets.</summary>
    public static ProvenanceManifest Unsigned() => new()
    {
        ExportId = "exp_abcdefghij0123456789",
        WorkbookId = "550e8400-e29b-41d4-a716-446655440000",
        TenantId = "t_abc123",
        HashScope = "foundation",
        DataHash = "sha256:" + new string('a', 64),
        Sheets =
        [
            new ManifestSheet(0, "Foundation - Assets", 12, "sha256:" + new string('b', 64)),
            new ManifestSheet(1, "Foundation - Liabilités", 0, "sha256:" + new string('c', 64)),
        ],
        CreatedAt = "2026-02-15T10:30:00.000Z",
        KeyId = string.Empty,
    };

    /// <summary>A signature of the right shape whose value verifies nothing, for tests of bytes and XML.</summary>
    public static ManifestSignature Signature() => new()
    {
        Algorithm = ManifestSignature.Es256,
        KeyId = "signer-1",
        PublicKey = Convert.ToBase64String(Enumerable.Repeat((byte)0x11, 91).ToArray()),
        Value = Convert.ToBase64String(Enumerable.Repeat((byte)0x22, 64).ToArray()),
    };

    /// <summary>A ring with the given key ids, each key 32 bytes of its id's first character.</summary>
    public static ProvenanceKeyRing Ring(string currentKeyId, params string[] otherKeyIds) => new(
        new[] { currentKeyId }.Concat(otherKeyIds)
            .ToDictionary(id => id, id => Enumerable.Repeat((byte)id[0], 32).ToArray()),
        currentKeyId);
}
