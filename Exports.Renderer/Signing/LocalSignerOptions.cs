namespace Exports.Renderer.Signing;

/// <summary>The embedded signer's ECDSA P-256 key, section <c>Signing:Local</c>; set both or neither.</summary>
public sealed class LocalSignerOptions
{
    /// <summary>Id of the key, 1 to 64 letters, digits, '.', '_' or '-'. Default none.</summary>
    public string? KeyId { get; set; }

    /// <summary>
    /// The private key: base64 of a DER PKCS#8 or SEC1 key, or PEM (<c>PRIVATE KEY</c> or <c>EC PRIVATE KEY</c>).
    /// Default none: a development key is generated under the data directory.
    /// </summary>
    public string? PrivateKey { get; set; }
}
