using Exports.Renderer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Support.Hosting;

/// <summary>A renderer host running inside the test process against the real broker.</summary>
public sealed class InProcessRenderer : IAsyncDisposable
{
    private readonly WebApplication app;

    private InProcessRenderer(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>The host's services, for tests that inspect them.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Starts a renderer for the environment; <paramref name="extra"/> adds or overrides settings, and
    /// <paramref name="configureServices"/> replaces services after the renderer registered its own.
    /// </summary>
    public static async Task<InProcessRenderer> StartAsync(
        TestEnvironment environment,
        IDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var settings = environment.Settings();
        settings["Renderer:InstanceName"] = "test-" + Guid.NewGuid().ToString("N")[..8];
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = RendererApplication.CreateBuilder([], configuration => configuration.AddInMemoryCollection(settings));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configureServices?.Invoke(builder.Services);
        var app = RendererApplication.Build(builder);
        await app.StartAsync();

        return new InProcessRenderer(app);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }
}
