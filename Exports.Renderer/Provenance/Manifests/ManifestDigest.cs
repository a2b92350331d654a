using System.Security.Cryptography;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>
/// The digest an external signer signs: SHA-256 of the manifest's canonical form without its signature.
/// </summary>
public static class ManifestDigest
{
    /// <summary>
    /// Returns the 32 bytes of SHA-256 over <see cref="ManifestCanonicalForm.GetBytes"/> of the manifest with no
    /// signature, so the bytes are those an unsigned manifest's HMAC covers, its HMAC key id included.
    /// </summary>
    public static byte[] Compute(ProvenanceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        return SHA256.HashData(ManifestCanonicalForm.GetBytes(manifest with { Signature = null }));
    }
}
