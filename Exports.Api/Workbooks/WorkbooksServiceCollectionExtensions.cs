namespace Exports.Api.Workbooks;

/// <summary>Registers the workbook upload feature.</summary>
public static class WorkbooksServiceCollectionExtensions
{
    /// <summary>Adds section <c>Uploads</c>, validated at start, and the upload handler.</summary>
    public static IServiceCollection AddWorkbookUploads(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.SectionName)
            .Validate(
                options => options.MaxBytes > 0,
                "Configuration key 'Uploads__MaxBytes' must be a positive number of bytes, such as 104857600.")
            .Validate(
                options => options.ImportTimeout > TimeSpan.Zero,
                "Configuration key 'Uploads__ImportTimeout' must be a positive time, such as 00:01:00.")
            .ValidateOnStart();

        services.AddSingleton<WorkbookUploadReader>();
        services.AddScoped<WorkbookImportClient>();
        services.AddScoped<UploadWorkbookHandler>();

        return services;
    }
}
