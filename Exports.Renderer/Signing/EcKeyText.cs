using System.Security.Cryptography;

namespace Exports.Renderer.Signing;

/// <summary>Reads ECDSA P-256 keys from configuration text: base64 DER or PEM.</summary>
public static class EcKeyText
{
    private const string PemMarker = "-----BEGIN";
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>
    /// Imports a private key from base64 of DER PKCS#8 or SEC1 (RFC 5915, what <c>openssl genpkey -outform DER</c>
    /// writes for EC keys), or from PEM; throws <see cref="FormatException"/> or <see cref="CryptographicException"/>
    /// when it is not a P-256 private key.
    /// </summary>
    public static ECDsa ImportPrivateKey(string text)
    {
        var key = ECDsa.Create();
        try
        {
            if (text.Contains(PemMarker, StringComparison.Ordinal))
            {
                key.ImportFromPem(text);
            }
            else
            {
                ImportDerPrivateKey(key, Convert.FromBase64String(text.Trim()));
            }

            return RequireP256(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Imports a public key from base64 of DER SubjectPublicKeyInfo or from PEM; throws
    /// <see cref="FormatException"/> or <see cref="CryptographicException"/> when it is not a P-256 public key.
    /// </summary>
    public static ECDsa ImportPublicKey(string text)
    {
        var key = ECDsa.Create();
        try
        {
            if (text.Contains(PemMarker, StringComparison.Ordinal))
            {
                key.ImportFromPem(text);
            }
            else
            {
                key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(text.Trim()), out _);
            }

            return RequireP256(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>Whether the key lies on the curve P-256 (secp256r1).</summary>
    public static bool IsP256(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var curve = key.ExportParameters(includePrivateParameters: false).Curve;

        return key.KeySize == 256 && (curve.Oid.Value == P256Oid || curve.Oid.FriendlyName == "nistP256");
    }

    private static void ImportDerPrivateKey(ECDsa key, byte[] der)
    {
        try
        {
            key.ImportPkcs8PrivateKey(der, out _);
        }
        catch (CryptographicException)
        {
            key.ImportECPrivateKey(der, out _);
        }
    }

    private static ECDsa RequireP256(ECDsa key) =>
        IsP256(key) ? key : throw new CryptographicException($"The key is of {key.KeySize} bits on another curve than P-256.");
}
