namespace Exports.Api.Auth;

/// <summary>Names of the token claims the gateway reads.</summary>
public static class ApiClaims
{
    /// <summary>Tenant that owns every workbook and export the token reaches.</summary>
    public const string TenantId = "tenant_id";

    /// <summary>Space-separated permissions, from <see cref="ApiScopes"/>.</summary>
    public const string Scope = "scope";

    /// <summary>User or service the token was issued to, recorded as <c>requested_by</c> of exports.</summary>
    public const string Subject = "sub";
}
