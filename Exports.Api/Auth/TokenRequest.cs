namespace Exports.Api.Auth;

/// <summary>Claims and lifetime of a token to mint.</summary>
/// <param name="TenantId">The <c>tenant_id</c> claim.</param>
/// <param name="Scopes">The scopes joined into the <c>scope</c> claim.</param>
/// <param name="Subject">The <c>sub</c> claim.</param>
/// <param name="Lifetime">Time from issue to expiry.</param>
public sealed record TokenRequest(string TenantId, IReadOnlyList<string> Scopes, string Subject, TimeSpan Lifetime);
