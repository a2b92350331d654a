using Exports.Storage;
using Microsoft.Extensions.Options;

namespace Exports.Api.Hosting;

/// <summary>Registers the data directory settings and the blob store shared with the renderers.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds section <c>Storage</c>, validated at start, and the file-system blob store inside it.</summary>
    public static IServiceCollection AddApiStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IBlobStore>(provider =>
            new FileSystemBlobStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.BlobDirectory));

        return services;
    }
}
