namespace Exports.Renderer.Signing;

/// <summary>What a signer is asked to sign, with the ids it may log or audit.</summary>
/// <param name="Digest">The 32-byte SHA-256 digest of the manifest, see <c>ManifestDigest</c>.</param>
/// <param name="ExportId">Export whose manifest is signed.</param>
/// <param name="TenantId">Tenant that owns the export.</param>
public sealed record DigestSigningRequest(byte[] Digest, string ExportId, string TenantId);
