namespace Exports.Api.Auth;

/// <summary>Bearer token settings, section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Auth";

    /// <summary>Issuer and audience used when none is configured.</summary>
    public const string DefaultIssuer = "exports";

    /// <summary>
    /// HS256 signing key: UTF-8 text of at least 32 bytes, or <c>base64:</c> followed by the base64 form of at
    /// least 32 bytes. Default none (an empty value counts as none): the gateway then generates a random
    /// development key and stores it under <c>Storage__DataDirectory</c>.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether <see cref="SigningKey"/> is set to something other than whitespace.</summary>
    public bool HasSigningKey => !string.IsNullOrWhiteSpace(SigningKey);

    /// <summary>Required <c>iss</c> claim of every token. Default <c>exports</c>.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>Required <c>aud</c> claim of every token. Default <c>exports</c>.</summary>
    public string Audience { get; set; } = DefaultIssuer;

    /// <summary>
    /// Tolerated difference between the clocks of the token's issuer and the gateway. Default 30 seconds.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
