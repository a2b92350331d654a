using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>Registers PDF output: the <c>pdf</c> format and the sealed PDF beside XLSX exports.</summary>
public static class PdfServiceCollectionExtensions
{
    /// <summary>
    /// Adds the PDF writers with settings bound to section <c>Pdf</c> and checked at start, fonts included. The
    /// PDF export signs manifests, so the provenance services must be added too.
    /// </summary>
    public static IServiceCollection AddPdfRendering(this IServiceCollection services)
    {
        services.AddOptions<PdfOptions>()
            .BindConfiguration(PdfOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PdfOptions>, PdfOptionsValidator>());
        services.AddSingleton<PdfTypefaces>();
        services.AddSingleton<PdfDocumentRenderer>();
        services.AddSingleton<SealedPdfWriter>();
        services.AddSingleton<IExportWriter, PdfExportWriter>();

        return services;
    }
}
