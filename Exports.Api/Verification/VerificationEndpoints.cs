using Exports.Api.Auth;

namespace Exports.Api.Verification;

/// <summary>Maps the verification endpoint.</summary>
public static class VerificationEndpoints
{
    /// <summary>
    /// Maps <c>POST /exports/verify</c> under the API group; callers need the scope that reads exports. The literal
    /// route takes precedence over <c>/exports/{export_id}</c>.
    /// </summary>
    public static RouteGroupBuilder MapVerificationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost(
                "/exports/verify", (HttpContext context, VerifyExportHandler handler) => handler.HandleAsync(context))
            .RequireAuthorization(ApiPolicies.ReadExports)
            .DisableAntiforgery();

        return api;
    }
}
