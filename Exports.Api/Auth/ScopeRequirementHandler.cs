using Microsoft.AspNetCore.Authorization;

namespace Exports.Api.Auth;

/// <summary>
/// Grants a <see cref="ScopeRequirement"/> when the token's <c>scope</c> claim names an accepted scope.
/// </summary>
public sealed class ScopeRequirementHandler : AuthorizationHandler<ScopeRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var granted = context.User.FindAll(ApiClaims.Scope)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(scope => requirement.AcceptedScopes.Contains(scope, StringComparer.Ordinal));
        if (granted)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
