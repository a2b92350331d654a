using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Rendering.Json;
using Exports.Renderer.Rendering.Xlsx;

namespace Exports.Renderer.Rendering;

/// <summary>Registers the export writers and the render pipeline.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>Adds export rendering services: one <see cref="IExportWriter"/> per format.</summary>
    public static IServiceCollection AddExportRendering(this IServiceCollection services)
    {
        services.AddSingleton<IExportWriter, XlsxExportWriter>();
        services.AddSingleton<IExportWriter, CsvExportWriter>();
        services.AddSingleton<IExportWriter, JsonExportWriter>();

        return services;
    }
}
