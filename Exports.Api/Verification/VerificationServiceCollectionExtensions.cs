namespace Exports.Api.Verification;

/// <summary>Registers the verification endpoint's services.</summary>
public static class VerificationServiceCollectionExtensions
{
    /// <summary>Adds section <c>Verification</c>, validated at start, and the handler.</summary>
    public static IServiceCollection AddExportVerification(this IServiceCollection services)
    {
        services.AddOptions<VerificationUploadOptions>()
            .BindConfiguration(VerificationUploadOptions.SectionName)
            .Validate(
                options => options.MaxBytes > 0,
                "Configuration key 'Verification__MaxBytes' must be a positive number of bytes, such as 104857600.")
            .Validate(
                options => options.Timeout > TimeSpan.Zero,
                "Configuration key 'Verification__Timeout' must be a positive time, such as 00:01:00.")
            .ValidateOnStart();
        services.AddScoped<VerificationClient>();
        services.AddScoped<VerifyExportHandler>();

        return services;
    }
}
