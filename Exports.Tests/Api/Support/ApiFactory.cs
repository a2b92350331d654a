using Exports.Api.Messaging;
using Exports.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using ApiProgram = Exports.Api.Program;

namespace Exports.Tests.Api.Support;

/// <summary>
/// Hosts the gateway in memory with a SQLite read model and blob store in a temporary data directory of its own,
/// the test signing key, and MassTransit's in-memory test harness with <see cref="TestImportResponder"/> in place
/// of the renderers. The directory is deleted on dispose.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<ApiProgram>
{
    private readonly Dictionary<string, string?> settings;

    /// <summary>Creates a host; <paramref name="overrides"/> replace or add configuration keys (colon form).</summary>
    public ApiFactory(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"exports-api-tests-{Guid.NewGuid():N}");
        settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Auth:SigningKey"] = TestTokens.SigningKey,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    /// <summary>The host's data directory.</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// Returns a client that sends a token of <paramref name="tenantId"/> with the given scopes (all when none).
    /// </summary>
    public HttpClient CreateClientFor(string tenantId, params string[] scopes)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(tenantId, scopes));

        return client;
    }

    /// <summary>Returns the test harness of the host's bus.</summary>
    public ITestHarness Harness => Services.GetTestHarness();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness(bus =>
        {
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(30), testInactivityTimeout: TimeSpan.FromSeconds(1));
            bus.AddApiConsumers(new EndpointNames(null));
            bus.AddConsumer<TestImportResponder>()
                .Endpoint(endpoint => endpoint.Name = new EndpointNames(null).ImportWorkbook);
        }));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
