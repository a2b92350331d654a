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
        var tenantId = context.Principal?.FindFirst(ApiClaims.TenantId)?.Value;
        if (tenantId is null)
        {
            context.Fail(new InvalidTenantClaimException(
                "The bearer token has no tenant_id claim: mint a token that names the tenant."));
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
