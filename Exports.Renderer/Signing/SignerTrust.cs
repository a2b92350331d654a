using System.Security.Cryptography;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Signing;

/// <summary>
/// The signer keys whose signatures count as valid, by key id: those of <c>Signing__TrustedKeys</c> and the local
/// signer's own. A signature is valid only when it verifies over the digest with the key it carries, or its
/// certificate's key, and that key is the one trusted under its key id.
/// </summary>
public sealed class SignerTrust(IReadOnlyDictionary<string, byte[]> trustedKeys)
{
    /// <summary>Ids of the trusted keys.</summary>
    public IEnumerable<string> KeyIds => trustedKeys.Keys;

    /// <summary>
    /// Checks a signature over <paramref name="digest"/>, its cryptography first and then trust in its key.
    /// </summary>
    public SignatureCheck Check(ManifestSignature signature, ReadOnlySpan<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(signature);

        var (subjectPublicKeyInfo, problem) = Es256Verifier.Verify(signature, digest);
        if (subjectPublicKeyInfo is null)
        {
            return SignatureCheck.Failed($"The signature is invalid: {problem}.");
        }

        // NOTE: a certificate is trusted for its public key alone; its chain, validity period and revocation
        // are not checked.
        if (!trustedKeys.TryGetValue(signature.KeyId, out var trusted)
            || !CryptographicOperations.FixedTimeEquals(trusted, subjectPublicKeyInfo))
        {
            return SignatureCheck.Failed(
                $"The signature verifies, but signer key '{signature.KeyId}' with this public key is not trusted: " +
                $"add it as Signing__TrustedKeys__{signature.KeyId}.");
        }

        return SignatureCheck.Passed;
    }
}
