using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Exports.Tests.Support.Hosting;

namespace Exports.Tests.Support.Signing;

/// <summary>
/// The test signing service (<c>Exports.Tests/TestSigner</c>) run as its own process on a free loopback port,
/// signing with a P-256 key made for it here. Killed on dispose.
/// </summary>
public sealed class TestSignerProcess : IAsyncDisposable
{
    /// <summary>Id of the key the service signs with.</summary>
    public const string KeyId = "test-service-signer";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly ServiceProcess process;
    private readonly HttpClient control;

    private TestSignerProcess(ServiceProcess process, Uri address, ECDsa key)
    {
        this.process = process;
        Address = address;
        Key = key;
        control = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>Base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The URL signing requests go to.</summary>
    public string Endpoint => new Uri(Address, "sign").ToString();

    /// <summary>The key the service signs with.</summary>
    public ECDsa Key { get; }

    /// <summary>Base64 of <see cref="Key"/>'s SubjectPublicKeyInfo.</summary>
    public string PublicKey => Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo());

    /// <summary>Everything the process wrote so far.</summary>
    public string Output => process.Output;

    /// <summary>Starts the service and waits until it reports ready.</summary>
    public static async Task<TestSignerProcess> StartAsync()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var process = ServiceProcess.Start(
            RepositoryPaths.TestSignerAssembly,
            ["--urls", address.ToString()],
            new Dictionary<string, string>
            {
                ["TestSigner__KeyId"] = KeyId,
                ["TestSigner__PrivateKey"] = Convert.ToBase64String(key.ExportPkcs8PrivateKey()),
            });
        var signer = new TestSignerProcess(process, address, key);
        try
        {
            await ReadyProbe.WaitAsync(address, TimeSpan.FromSeconds(60));
        }
        catch (AssertionException)
        {
            TestContext.Out.WriteLine(process.Output);
            await signer.DisposeAsync();
            throw;
        }

        return signer;
    }

    /// <summary>
    /// Renderer settings, in the colon form of in-memory configuration, that sign through this service and trust
    /// its key, with short timeouts so that failing cases end quickly.
    /// </summary>
    public Dictionary<string, string?> RendererSettings(bool trustKey = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Signing:Provider"] = "http",
            ["Signing:Http:Endpoint"] = Endpoint,
            ["Signing:Http:Timeout"] = "00:00:01",
            ["Signing:Http:TotalTimeout"] = "00:00:05",
            ["Signing:Http:RetryCount"] = "2",
            ["Signing:Http:RetryDelay"] = "00:00:00.05",
        };
        if (trustKey)
        {
            settings[$"Signing:TrustedKeys:{KeyId}"] = PublicKey;
        }

        return settings;
    }

    /// <summary>Sets how the service behaves from now on and resets its request count.</summary>
    public async Task BehaveAsync(TestSignerBehaviour behaviour)
    {
        using var response = await control.PutAsJsonAsync("behaviour", behaviour, JsonOptions);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Returns the number of signing requests since the last change of behaviour.</summary>
    public async Task<int> RequestCountAsync()
    {
        var body = await control.GetFromJsonAsync<JsonElement>("requests");

        return body.GetProperty("count").GetInt32();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        control.Dispose();
        await process.DisposeAsync();
        Key.Dispose();
    }
}
