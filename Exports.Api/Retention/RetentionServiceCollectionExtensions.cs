namespace Exports.Api.Retention;

/// <summary>Registers the artifact cleaner and the sweeper of expired artifacts.</summary>
public static class RetentionServiceCollectionExtensions
{
    /// <summary>Adds the cleaner, and the sweeper as a hosted service that tests may also run directly.</summary>
    public static IServiceCollection AddArtifactRetention(this IServiceCollection services)
    {
        services.AddSingleton<ExportArtifactCleaner>();
        services.AddSingleton<ArtifactSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<ArtifactSweeper>());

        return services;
    }
}
