namespace Exports.Api.Hosting;

/// <summary>
/// Builds the gateway, so that the process and in-process tests (including end-to-end tests against a real
/// broker) wire it the same way.
/// </summary>
public static class ExportsApiApplication
{
    /// <summary>
    /// Creates a builder with every service registered; <paramref name="configure"/> may add configuration first.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder.Configuration);

        return builder.AddExportsApi();
    }

    /// <summary>Builds the application with its middleware and endpoints.</summary>
    public static WebApplication Build(WebApplicationBuilder builder) => builder.Build().UseExportsApi();
}
