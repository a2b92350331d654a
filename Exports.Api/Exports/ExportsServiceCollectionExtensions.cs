using Exports.Api.Downloads;
using FluentValidation;

namespace Exports.Api.Exports;

/// <summary>Registers the export endpoints' services.</summary>
public static class ExportsServiceCollectionExtensions
{
    /// <summary>Adds the handlers, the validator and the response factory.</summary>
    public static IServiceCollection AddExportEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<CreateExportRequest>, CreateExportRequestValidator>();
        services.AddSingleton<ExportJobResponseFactory>();
        services.AddScoped<CreateExportHandler>();
        services.AddScoped<CancelExportHandler>();
        services.AddScoped<DownloadExportHandler>();

        return services;
    }
}
