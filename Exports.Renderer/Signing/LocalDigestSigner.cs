using System.Security.Cryptography;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Signing;

/// <summary>
/// The embedded signer: signs digests with an ECDSA P-256 key held in memory. The private key never leaves this
/// type; signatures carry only the public key.
/// </summary>
public sealed class LocalDigestSigner : IDigestSigner, IDisposable
{
    private readonly ECDsa key;
    private readonly Lock signing = new();

    /// <summary>Creates a signer that owns <paramref name="key"/>, a P-256 private key.</summary>
    public LocalDigestSigner(string keyId, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);

        KeyId = keyId;
        this.key = key;
        SubjectPublicKeyInfo = key.ExportSubjectPublicKeyInfo();
    }

    /// <summary>Id of the key.</summary>
    public string KeyId { get; }

    /// <summary>The public key as DER SubjectPublicKeyInfo.</summary>
    public byte[] SubjectPublicKeyInfo { get; }

    /// <inheritdoc />
    public string Description => $"the local signer (key '{KeyId}')";

    /// <inheritdoc />
    public Task<ManifestSignature> SignAsync(DigestSigningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        byte[] value;
        lock (signing)
        {
            value = key.SignHash(request.Digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        return Task.FromResult(new ManifestSignature
        {
            Algorithm = ManifestSignature.Es256,
            KeyId = KeyId,
            PublicKey = Convert.ToBase64String(SubjectPublicKeyInfo),
            Value = Convert.ToBase64String(value),
        });
    }

    /// <inheritdoc />
    public void Dispose() => key.Dispose();
}
