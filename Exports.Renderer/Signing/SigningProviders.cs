namespace Exports.Renderer.Signing;

/// <summary>Values of <see cref="SigningOptions.Provider"/>.</summary>
public static class SigningProviders
{
    /// <summary>The embedded signer: an ECDSA P-256 key held by the renderer itself.</summary>
    public const string Local = "local";

    /// <summary>An external signing service called over HTTP.</summary>
    public const string Http = "http";
}
