using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks;
using Serilog;

namespace Exports.Renderer.Hosting;

/// <summary>Builds the renderer host, so the process and in-process tests wire it the same way.</summary>
public static class RendererApplication
{
    /// <summary>Creates a builder with every renderer service registered; callers may add configuration first.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        configure?.Invoke(builder.Configuration);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console());

        builder.Services.AddRendererStorage();
        builder.Services.AddWorkbookImport();
        builder.Services.AddExportRendering();
        builder.Services.AddRendererMessaging(builder.Configuration);

        return builder;
    }
}
