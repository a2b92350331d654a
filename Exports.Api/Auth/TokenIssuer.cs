using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exports.Api.Auth;

/// <summary>Mints HS256 tokens with the claims the gateway reads.</summary>
public static class TokenIssuer
{
    /// <summary>Returns a signed token in compact form.</summary>
    public static string Issue(SecurityKey key, AuthOptions auth, TokenRequest request, DateTimeOffset now)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + request.Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [ApiClaims.Subject] = request.Subject,
                [ApiClaims.TenantId] = request.TenantId,
                [ApiClaims.Scope] = string.Join(' ', request.Scopes),
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
