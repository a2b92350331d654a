namespace Exports.Api.Auth;

/// <summary>A token passed signature and lifetime checks but has no valid <c>tenant_id</c> claim.</summary>
public sealed class InvalidTenantClaimException(string message) : Exception(message);
