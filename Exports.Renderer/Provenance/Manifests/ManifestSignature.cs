using System.Text.Json.Serialization;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>
/// The external signature of a manifest: an ES256 signature over <see cref="ManifestDigest"/>, with the signer's
/// key id and its public key or X.509 certificate. Exactly one of <see cref="PublicKey"/> and
/// <see cref="Certificate"/> is set.
/// </summary>
public sealed record ManifestSignature
{
    /// <summary>ECDSA over the curve P-256 with SHA-256, the only algorithm this version signs and checks.</summary>
    public const string Es256 = "ES256";

    /// <summary>Signature algorithm, <see cref="Es256"/>.</summary>
    public required string Algorithm { get; init; }

    /// <summary>Id of the signer's key, as the signer reports it.</summary>
    public required string KeyId { get; init; }

    /// <summary>
    /// The signer's public key as base64 of its DER SubjectPublicKeyInfo; null when a certificate is given.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PublicKey { get; init; }

    /// <summary>
    /// The signer's X.509 certificate as base64 of its DER encoding; null when a public key is given.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Certificate { get; init; }

    /// <summary>
    /// The signature as base64 of its IEEE P1363 form: the 32-byte big-endian integers r and s concatenated,
    /// 64 bytes, as JSON Web Signatures encode ES256.
    /// </summary>
    public required string Value { get; init; }
}
