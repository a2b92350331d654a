namespace Exports.Renderer.Signing;

/// <summary>
/// External signing of XLSX manifests (option <c>xlsx_signing</c>), section <c>Signing</c>. Environment form:
/// <c>Signing__Provider</c>, <c>Signing__Local__*</c>, <c>Signing__Http__*</c> and
/// <c>Signing__TrustedKeys__&lt;keyId&gt;</c>.
/// </summary>
public sealed class SigningOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Signing";

    /// <summary>Which signer signs manifests: <c>local</c> or <c>http</c>. Default <c>local</c>.</summary>
    public string Provider { get; set; } = SigningProviders.Local;

    /// <summary>The embedded signer's key.</summary>
    public LocalSignerOptions Local { get; set; } = new();

    /// <summary>The signing service, used when <see cref="Provider"/> is <c>http</c>.</summary>
    public HttpSignerOptions Http { get; set; } = new();

    /// <summary>
    /// Signer keys whose signatures verify, by key id: base64 of a DER SubjectPublicKeyInfo, or a PEM public key,
    /// of an ECDSA P-256 key. The local signer's own key is trusted without being listed. Default none.
    /// </summary>
    public Dictionary<string, string> TrustedKeys { get; set; } = new(StringComparer.Ordinal);
}
