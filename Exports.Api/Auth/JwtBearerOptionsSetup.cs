using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Exports.Api.Auth;

/// <summary>
/// Configures bearer validation from section <c>Auth</c>: HS256 only, issuer, audience and expiry required.
/// </summary>
public sealed class JwtBearerOptionsSetup(IOptions<AuthOptions> authOptions, SigningKeyProvider signingKeys)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    /// <inheritdoc />
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var auth = authOptions.Value;
        options.MapInboundClaims = false;
        options.EventsType = typeof(ApiJwtBearerEvents);
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            IssuerSigningKey = signingKeys.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = auth.ClockSkew,
            NameClaimType = ApiClaims.Subject,
        };
    }

    /// <inheritdoc />
    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
