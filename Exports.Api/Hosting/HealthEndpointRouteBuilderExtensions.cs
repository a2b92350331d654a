using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Exports.Api.Hosting;

/// <summary>Maps the health endpoints, which respond without a token in every environment.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>/health/live</c>, healthy while the process serves requests, and <c>/health/ready</c>, healthy when
    /// every check tagged <c>ready</c> passes: the read model opens and the bus is connected.
    /// </summary>
    public static IEndpointRouteBuilder MapApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains("ready"),
        }).AllowAnonymous();

        return endpoints;
    }
}
