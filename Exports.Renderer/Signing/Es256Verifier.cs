using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Signing;

/// <summary>
/// Checks the cryptography of a <see cref="ManifestSignature"/>: the algorithm is ES256, the key is a P-256
/// public key or a certificate for one, and the 64-byte IEEE P1363 value verifies over the digest. Trust in the
/// key is <see cref="SignerTrust"/>'s concern.
/// </summary>
public static class Es256Verifier
{
    /// <summary>Length of an ES256 signature in IEEE P1363 form: r and s, 32 bytes each.</summary>
    public const int SignatureLength = 64;

    /// <summary>
    /// Verifies the signature over <paramref name="digest"/> and returns the signer's SubjectPublicKeyInfo (DER),
    /// or null with the problem when the signature is malformed or does not verify.
    /// </summary>
    public static (byte[]? SubjectPublicKeyInfo, string? Problem) Verify(
        ManifestSignature signature, ReadOnlySpan<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(signature);

        if (signature.Algorithm != ManifestSignature.Es256)
        {
            return (null, $"its algorithm '{signature.Algorithm}' is not {ManifestSignature.Es256}");
        }

        if (!TryDecode(signature.Value, out var value) || value.Length != SignatureLength)
        {
            return (null, $"its value is not base64 of {SignatureLength} bytes");
        }

        var (key, problem) = ReadKey(signature);
        if (key is null)
        {
            return (null, problem);
        }

        using (key)
        {
            return key.VerifyHash(digest, value, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
                ? (key.ExportSubjectPublicKeyInfo(), null)
                : (null, $"it does not verify against the public key of signer key '{signature.KeyId}'");
        }
    }

    private static (ECDsa? Key, string? Problem) ReadKey(ManifestSignature signature)
    {
        if ((signature.PublicKey is null) == (signature.Certificate is null))
        {
            return (null, "it must carry exactly one public key or certificate");
        }

        if (signature.PublicKey is { } publicKey)
        {
            return TryImport(publicKey, out var key)
                ? (key, null)
                : (null, "its public key is not base64 of an ECDSA P-256 SubjectPublicKeyInfo");
        }

        return TryReadCertificate(signature.Certificate!, out var certificateKey)
            ? (certificateKey, null)
            : (null, "its certificate is not base64 of a DER X.509 certificate with an ECDSA P-256 key");
    }

    private static bool TryImport(string base64, out ECDsa? key)
    {
        key = null;
        if (!TryDecode(base64, out _))
        {
            return false;
        }

        try
        {
            key = EcKeyText.ImportPublicKey(base64);

            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool TryReadCertificate(string base64, out ECDsa? key)
    {
        key = null;
        if (!TryDecode(base64, out var bytes))
        {
            return false;
        }

        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(bytes);
            key = certificate.GetECDsaPublicKey();
            if (key is not null && !EcKeyText.IsP256(key))
            {
                key.Dispose();
                key = null;
            }

            return key is not null;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool TryDecode(string? base64, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(base64))
        {
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(base64);

            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
