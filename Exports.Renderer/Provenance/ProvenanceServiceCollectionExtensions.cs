using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;
using Exports.Storage;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Provenance;

/// <summary>Registers the provenance key ring, manifest signing and the server's manifest records.</summary>
public static class ProvenanceServiceCollectionExtensions
{
    /// <summary>Adds provenance services bound to section <c>Provenance</c>; the key ring is built at start.</summary>
    public static IServiceCollection AddProvenance(this IServiceCollection services)
    {
        services.AddOptions<ProvenanceOptions>().BindConfiguration(ProvenanceOptions.SectionName);
        services.AddSingleton(provider => ProvenanceKeyRingFactory.Create(
            provider.GetRequiredService<IOptions<ProvenanceOptions>>().Value,
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProvenanceKeyRing))));
        services.AddSingleton<ManifestSigner>();
        services.AddSingleton<ManifestRecords>();
        services.AddHostedService<ProvenanceKeyRingCheck>();

        return services;
    }
}
