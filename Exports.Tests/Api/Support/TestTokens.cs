using Exports.Api.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exports.Tests.Api.Support;

/// <summary>Mints real HS256 tokens for API tests, independently of the gateway's own token issuer.</summary>
public static class TestTokens
{
    /// <summary>The signing key every test host is configured with, as UTF-8 text of 48 bytes.</summary>
    public const string SigningKey = "exports-api-tests-signing-key-0123456789abcdefgh";

    /// <summary>Every scope of the API.</summary>
    public static readonly string[] AllScopes = [.. ApiScopes.All];

    /// <summary>Returns a token for a tenant with the given scopes, valid for an hour.</summary>
    public static string For(string tenantId, params string[] scopes) =>
        Create(new Dictionary<string, object>
        {
            ["sub"] = "test-user",
            ["tenant_id"] = tenantId,
            ["scope"] = string.Join(' ', scopes.Length == 0 ? AllScopes : scopes),
        });

    /// <summary>Returns a token with exactly <paramref name="claims"/>, signed with <paramref name="key"/>.</summary>
    public static string Create(
        IDictionary<string, object> claims,
        string key = SigningKey,
        DateTime? expires = null,
        string issuer = AuthOptions.DefaultIssuer,
        string audience = AuthOptions.DefaultIssuer)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>Returns a new tenant id, so that each test reads only its own data.</summary>
    public static string NewTenant() => $"t_{Guid.NewGuid():N}";
}
