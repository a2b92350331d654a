using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Hosting;

/// <summary>Registers the embedded blob store and the normalised workbook store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds storage bound to section <c>Storage</c>.</summary>
    public static IServiceCollection AddRendererStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddSingleton<IBlobStore>(provider =>
            new FileSystemBlobStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.BlobDirectory));
        services.AddSingleton<NormalizedWorkbookStore>();

        return services;
    }
}
