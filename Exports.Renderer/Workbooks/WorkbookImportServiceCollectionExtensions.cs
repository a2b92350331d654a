using Exports.Renderer.Workbooks.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Workbooks;

/// <summary>Registers the readers that normalise uploaded workbooks.</summary>
public static class WorkbookImportServiceCollectionExtensions
{
    /// <summary>Adds workbook import services, with limits bound to section <c>Import</c>, checked at start.</summary>
    public static IServiceCollection AddWorkbookImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IWorkbookImporter, WorkbookImporter>();

        return services;
    }
}
