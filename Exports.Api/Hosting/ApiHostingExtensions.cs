using Exports.Api.Auth;
using Exports.Api.Exports;
using Exports.Api.Messaging;
using Exports.Api.Problems;
using Exports.Api.Projection;
using Exports.Api.ReadModel;
using Exports.Api.Retention;
using Exports.Api.Verification;
using Exports.Api.Workbooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Events;

namespace Exports.Api.Hosting;

/// <summary>Wires every feature of the gateway into a web application.</summary>
public static class ApiHostingExtensions
{
    /// <summary>Registers every service of the gateway, reading settings from the builder's configuration.</summary>
    public static WebApplicationBuilder AddExportsApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddApiLogging(builder.Configuration);
        services.ConfigureHttpJsonOptions(options => ApiJsonOptions.Apply(options.SerializerOptions));
        services.TryAddSingleton(TimeProvider.System);
        services.AddApiProblems();
        services.AddApiStorage();
        services.AddSqliteReadModel();
        services.AddApiAuthentication();
        services.AddArtifactRetention();
        services.AddStatusProjection();
        services.AddWorkbookUploads();
        services.AddExportEndpoints();
        services.AddExportVerification();
        services.AddApiMessaging(builder.Configuration);
        services.AddHostedService<LifecycleLogger>();

        return builder;
    }

    /// <summary>Adds the middleware and maps the health endpoints and the <c>/api/v1</c> endpoints.</summary>
    public static WebApplication UseExportsApi(this WebApplication app)
    {
        app.UseApiProblems();
        // Requests are logged at Debug, so Information stays for job and service lifecycle events; server errors
        // are logged at Error.
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                ? LogEventLevel.Error
                : LogEventLevel.Debug);
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapApiHealthChecks();
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapWorkbookEndpoints();
        api.MapExportEndpoints();
        api.MapVerificationEndpoints();

        return app;
    }
}
