using Microsoft.AspNetCore.Authorization;

namespace Exports.Api.Auth;

/// <summary>Requires one of <paramref name="AcceptedScopes"/> in the token's <c>scope</c> claim.</summary>
/// <param name="AcceptedScopes">Scopes any one of which grants access.</param>
/// <param name="DeniedDetail">Problem detail returned with 403 when none is present.</param>
public sealed record ScopeRequirement(IReadOnlyList<string> AcceptedScopes, string DeniedDetail)
    : IAuthorizationRequirement;
