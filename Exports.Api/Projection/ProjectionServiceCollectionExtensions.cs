using Exports.Api.Exports;
using Microsoft.Extensions.Options;

namespace Exports.Api.Projection;

/// <summary>Registers the projection of status events into the read model.</summary>
public static class ProjectionServiceCollectionExtensions
{
    /// <summary>Adds the projection and its projector; the consumer is added with the bus.</summary>
    public static IServiceCollection AddStatusProjection(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
            new ExportJobProjection(provider.GetRequiredService<IOptions<ExportsOptions>>().Value.Retention));
        services.AddSingleton<ExportStatusProjector>();

        return services;
    }
}
