using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Signing;

/// <summary>
/// Adds the external signature to a manifest before its HMAC is computed, and checks what the signer returned
/// once more, so that no export claims a signature that does not verify.
/// </summary>
public sealed class ManifestSignatures(IDigestSigner signer, SignerTrust trust, ILogger<ManifestSignatures> logger)
{
    /// <summary>
    /// Returns the manifest with its signature over <see cref="ManifestDigest"/>. The manifest must carry its HMAC
    /// key id already, since the digest covers it. Throws <see cref="SigningFailedException"/> when signing fails.
    /// </summary>
    public async Task<ProvenanceManifest> SignAsync(ProvenanceManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        var digest = ManifestDigest.Compute(manifest);
        var signature = await signer.SignAsync(
            new DigestSigningRequest(digest, manifest.ExportId, manifest.TenantId), cancellationToken);
        var check = trust.Check(signature, digest);
        if (!check.Valid)
        {
            throw new SigningFailedException($"Signing failed: {signer.Description} returned an unusable signature. " +
                check.Problem);
        }

        logger.LogDebug("Manifest of export {ExportId} signed by signer key {SignerKeyId}",
            manifest.ExportId, signature.KeyId);

        return manifest with { Signature = signature };
    }
}
