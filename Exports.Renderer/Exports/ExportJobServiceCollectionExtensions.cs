using Exports.Contracts;
using Exports.Contracts.Validation;
using FluentValidation;

namespace Exports.Renderer.Exports;

/// <summary>Registers the export job pipeline: planning, rendering, completion records and cancellation.</summary>
public static class ExportJobServiceCollectionExtensions
{
    /// <summary>Adds the services the export consumers use.</summary>
    public static IServiceCollection AddExportJobs(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IValidator<ExportRequested>, ExportRequestedValidator>();
        services.AddSingleton<RunningExports>();
        services.AddSingleton<CompletionRecords>();
        services.AddSingleton<ExportPlanner>();
        services.AddSingleton<ExportArtifactRenderer>();
        services.AddSingleton<ExportRenderJob>();

        return services;
    }
}
