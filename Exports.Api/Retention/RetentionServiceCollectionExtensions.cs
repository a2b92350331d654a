namespace Exports.Api.Retention;

/// <summary>Registers retention settings, the artifact cleaner and the sweeper.</summary>
public static class RetentionServiceCollectionExtensions
{
    /// <summary>Adds section <c>Exports</c>, validated at start, and the sweeper as a hosted service.</summary>
    public static IServiceCollection AddArtifactRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .Validate(
                options => options.Retention > TimeSpan.Zero,
                "Configuration key 'Exports__Retention' must be a positive time, such as 24:00:00 for 24 hours.")
            .Validate(
                options => options.SweepInterval > TimeSpan.Zero,
                "Configuration key 'Exports__SweepInterval' must be a positive time, such as 00:05:00 for 5 minutes.")
            .ValidateOnStart();

        services.AddSingleton<ExportArtifactCleaner>();
        services.AddSingleton<ArtifactSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<ArtifactSweeper>());

        return services;
    }
}
