using Exports.Api.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Exports.Api.Auth;

/// <summary>
/// Responds to a forbidden request with a 403 problem that names the scope the token lacks; every other outcome goes
/// to the default handler.
/// </summary>
public sealed class ScopeForbiddenResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    /// <inheritdoc />
    public async Task HandleAsync(
        RequestDelegate next,
        HttpContext context,
        AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var requirement = authorizeResult.AuthorizationFailure?.FailedRequirements
            .OfType<ScopeRequirement>()
            .FirstOrDefault();
        var detail = requirement?.DeniedDetail ?? "The bearer token does not permit this request.";

        await ApiProblems.Forbidden(detail).ExecuteAsync(context);
    }
}
