using Exports.Renderer.Exports;
using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering;
using Exports.Renderer.Signing;
using Exports.Renderer.Verification;
using Exports.Renderer.Workbooks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace Exports.Renderer.Hosting;

/// <summary>Builds the renderer host, so the process and in-process tests wire it the same way.</summary>
public static class RendererApplication
{
    /// <summary>
    /// Creates a builder with every renderer service registered; callers may add configuration first.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder.Configuration);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console());

        builder.Services.AddOptions<RendererOptions>()
            .BindConfiguration(RendererOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                options => options.ProgressInterval >= TimeSpan.FromMilliseconds(500),
                "Configuration key 'Renderer__ProgressInterval' must be at least 00:00:00.5.")
            .Validate(
                options => options.CancellationPollInterval > TimeSpan.Zero,
                "Configuration key 'Renderer__CancellationPollInterval' must be positive.")
            .ValidateOnStart();

        builder.Services.AddHealthChecks();
        builder.Services.AddRendererStorage();
        builder.Services.AddWorkbookImport();
        builder.Services.AddExportRendering();
        builder.Services.AddProvenance();
        builder.Services.AddManifestSigning();
        builder.Services.AddExportJobs();
        builder.Services.AddVerification();
        builder.Services.AddRendererMessaging(builder.Configuration);

        return builder;
    }

    /// <summary>
    /// Builds the host and maps the probes: <c>/health/live</c> and <c>/health/ready</c> (bus connected).
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(
            "/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        return app;
    }
}
