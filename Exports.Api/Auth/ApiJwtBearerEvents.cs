using System.Security.Claims;
using Exports.Api.Problems;
using Exports.Contracts.Validation;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Exports.Api.Auth;

/// <summary>
/// Rejects tokens without a valid <c>tenant_id</c> claim and responds to every failed authentication with a
/// 401 problem that states what was wrong with the token.
/// </summary>
public sealed class ApiJwtBearerEvents : JwtBearerEvents
{
    /// <inheritdoc />
    public override Task TokenValidated(TokenValidatedContext context)
    {
        var claims = context.Principal?.FindAll(ApiClaims.TenantId).ToList() ?? [];
        var tenantId = claims.Count == 1 ? claims[0].Value : null;
        if (claims.Count == 0)
        {
            context.Fail(new InvalidTenantClaimException(
                "The bearer token has no tenant_id claim: mint a token that names the tenant."));
        }
        else if (claims.Count > 1 || claims[0].ValueType != ClaimValueTypes.String)
        {
            context.Fail(new InvalidTenantClaimException(
                "The bearer token's tenant_id claim must be one string: mint a token that names exactly one tenant."));
        }
        else if (!TenantIdRules.IsValid(tenantId))
        {
            context.Fail(new InvalidTenantClaimException(
                $"The bearer token's tenant_id claim is invalid: {TenantIdRules.Description}."));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var failure = context.AuthenticateFailure;
        context.Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";

        await ApiProblems.Unauthorized(TokenFailureDescriptions.Describe(failure)).ExecuteAsync(context.HttpContext);
    }
}
