using System.Security.Claims;

namespace Exports.Api.Auth;

/// <summary>Who sent a request, from the claims of its validated token.</summary>
/// <param name="TenantId">Tenant that every query of the request is scoped to.</param>
/// <param name="Subject">The token's <c>sub</c> claim; null when the token has none.</param>
public sealed record CallerIdentity(string TenantId, string? Subject)
{
    /// <summary>
    /// Reads the caller of an authenticated request. Token validation has already rejected tokens without a valid
    /// <c>tenant_id</c>, so a missing one here is a programming error.
    /// </summary>
    public static CallerIdentity From(ClaimsPrincipal user)
    {
        var tenantId = user.FindFirst(ApiClaims.TenantId)?.Value
            ?? throw new InvalidOperationException("The request has no authenticated tenant.");

        return new CallerIdentity(tenantId, user.FindFirst(ApiClaims.Subject)?.Value);
    }
}
