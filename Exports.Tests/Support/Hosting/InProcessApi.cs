using System.Net.Http.Headers;
using Exports.Api.Hosting;
using Exports.Tests.Api.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Support.Hosting;

/// <summary>The gateway on Kestrel at a free loopback port inside the test process, against the real broker.</summary>
public sealed class InProcessApi : IAsyncDisposable
{
    private readonly WebApplication app;

    private InProcessApi(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>Base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts the gateway for the environment and waits until it reports ready.</summary>
    public static async Task<InProcessApi> StartAsync(
        TestEnvironment environment, IDictionary<string, string?>? extra = null)
    {
        var settings = environment.Settings();
        settings["Auth:SigningKey"] = TestTokens.SigningKey;
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = ExportsApiApplication.CreateBuilder(
            [], configuration => configuration.AddInMemoryCollection(settings));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = ExportsApiApplication.Build(builder);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.Single();
        var api = new InProcessApi(app, new Uri(address + "/"));
        await ReadyProbe.WaitAsync(api.Address, TimeSpan.FromSeconds(60));

        return api;
    }

    /// <summary>Creates a client with a token of <paramref name="tenantId"/> holding every scope.</summary>
    public HttpClient CreateClient(string tenantId)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(tenantId));

        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }
}
