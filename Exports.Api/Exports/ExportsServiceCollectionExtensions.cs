using Exports.Api.Downloads;
using FluentValidation;

namespace Exports.Api.Exports;

/// <summary>Registers the export endpoints' services.</summary>
public static class ExportsServiceCollectionExtensions
{
    /// <summary>
    /// Adds section <c>Exports</c>, validated at start, the handlers, the validator and the response factory.
    /// </summary>
    public static IServiceCollection AddExportEndpoints(this IServiceCollection services)
    {
        services.AddOptions<ExportsOptions>()
            .BindConfiguration(ExportsOptions.SectionName)
            .Validate(
                options => options.Retention > TimeSpan.Zero,
                "Configuration key 'Exports__Retention' must be a positive time, such as 1.00:00:00 for 24 hours.")
            .Validate(
                options => options.SweepInterval > TimeSpan.Zero,
                "Configuration key 'Exports__SweepInterval' must be a positive time, such as 00:05:00 for 5 minutes.")
            .Validate(
                options => options.PublishTimeout > TimeSpan.Zero,
                "Configuration key 'Exports__PublishTimeout' must be a positive time, such as 00:00:15.")
            .ValidateOnStart();

        services.AddSingleton<IValidator<CreateExportRequest>, CreateExportRequestValidator>();
        services.AddSingleton<ExportJobResponseFactory>();
        services.AddScoped<CreateExportHandler>();
        services.AddScoped<CancelExportHandler>();
        services.AddScoped<DownloadExportHandler>();

        return services;
    }
}
