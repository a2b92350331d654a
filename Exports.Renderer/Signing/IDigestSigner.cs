using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Signing;

/// <summary>Signs manifest digests with ES256, locally or through a signing service.</summary>
public interface IDigestSigner
{
    /// <summary>The signer in words for error messages, such as "the signing service at https://…/sign".</summary>
    string Description { get; }

    /// <summary>
    /// Signs the digest and returns the signature with the signer's key id and public key or certificate;
    /// throws <see cref="SigningFailedException"/> when no valid signature can be had.
    /// </summary>
    Task<ManifestSignature> SignAsync(DigestSigningRequest request, CancellationToken cancellationToken);
}
