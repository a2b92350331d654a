using Exports.Storage;
using Exports.Tests.Support.Broker;

namespace Exports.Tests.Support.Hosting;

/// <summary>
/// One isolated product environment on the shared test broker: its own entity prefix, so its queues and
/// exchanges never meet another fixture's, and its own data directory, removed on dispose.
/// </summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    private TestEnvironment(string brokerUri)
    {
        BrokerUri = brokerUri;
        Prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        DataDirectory = Directory.CreateTempSubdirectory("exports-test-").FullName;
    }

    /// <summary>amqp URI of the broker.</summary>
    public string BrokerUri { get; }

    /// <summary>Entity prefix of this environment.</summary>
    public string Prefix { get; }

    /// <summary>Shared data directory of the gateway and the renderers.</summary>
    public string DataDirectory { get; }

    /// <summary>Blob store over the data directory, as both services see it.</summary>
    public IBlobStore Blobs => new FileSystemBlobStore(Path.Combine(DataDirectory, "blobs"));

    /// <summary>Creates an environment on the test run's broker.</summary>
    public static async Task<TestEnvironment> CreateAsync() => new(await TestBroker.GetUriAsync());

    /// <summary>Configuration both services get, in the colon form of in-memory configuration.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:RabbitMq"] = BrokerUri,
        ["Storage:DataDirectory"] = DataDirectory,
        ["Messaging:EntityPrefix"] = Prefix,
    };

    /// <summary>The same configuration as environment variables, for services run as separate processes.</summary>
    public Dictionary<string, string> EnvironmentVariables() =>
        Settings().ToDictionary(pair => pair.Key.Replace(":", "__", StringComparison.Ordinal), pair => pair.Value!);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await BrokerEntities.DeleteAsync(BrokerUri, Prefix);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file lets go of it when it exits; the temp folder is cleaned later.
        }
    }
}
