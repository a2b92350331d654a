using Microsoft.IdentityModel.Tokens;

namespace Exports.Api.Auth;

/// <summary>
/// Describes why a bearer token was rejected, in words of our own: the library's messages are not returned,
/// so nothing about the key or the validation internals reaches the client.
/// </summary>
public static class TokenFailureDescriptions
{
    /// <summary>Returns the 401 detail for a failure, or for a request without a token when it is null.</summary>
    public static string Describe(Exception? failure) => failure switch
    {
        null => "The request has no bearer token: send 'Authorization: Bearer <token>' with a token " +
            "that has a tenant_id claim.",
        InvalidTenantClaimException tenant => tenant.Message,
        SecurityTokenExpiredException expired =>
            $"The bearer token expired at {expired.Expires:yyyy-MM-dd'T'HH:mm:ss'Z'}: mint a new token.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet (nbf): check the issuer's clock.",
        SecurityTokenNoExpirationException => "The bearer token has no expiry (exp): mint a token with one.",
        SecurityTokenInvalidAudienceException =>
            "The bearer token's audience (aud) is not the one configured in Auth__Audience: mint a token for it.",
        SecurityTokenInvalidIssuerException =>
            "The bearer token's issuer (iss) is not the one configured in Auth__Issuer: mint a token with it.",
        SecurityTokenInvalidAlgorithmException => "The bearer token is not signed with HS256: sign it with HS256.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The bearer token's signature is invalid: sign it with HS256 and the key configured in Auth__SigningKey.",
        SecurityTokenMalformedException or ArgumentException =>
            "The bearer token is not a well-formed JWT: send a token in compact JWS form (header.payload.signature).",
        _ => "The bearer token is invalid: mint a new token.",
    };
}
