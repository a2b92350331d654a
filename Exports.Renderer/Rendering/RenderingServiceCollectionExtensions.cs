using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Rendering.Json;
using Exports.Renderer.Rendering.Pdf;
using Exports.Renderer.Rendering.Xlsx;

namespace Exports.Renderer.Rendering;

/// <summary>Registers the export writers and the render pipeline.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>
    /// Adds export rendering services: one <see cref="IExportWriter"/> per format, the XLSX settings bound to
    /// section <c>Xlsx</c> and the PDF settings bound to section <c>Pdf</c>. The XLSX and PDF writers sign
    /// manifests, so the provenance services must be added too.
    /// </summary>
    public static IServiceCollection AddExportRendering(this IServiceCollection services)
    {
        services.AddOptions<XlsxOptions>()
            .BindConfiguration(XlsxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IExportWriter, XlsxExportWriter>();
        services.AddSingleton<IExportWriter, CsvExportWriter>();
        services.AddSingleton<IExportWriter, JsonExportWriter>();
        services.AddPdfRendering();

        return services;
    }
}
