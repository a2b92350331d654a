using DotNet.Testcontainers.Configurations;
using Testcontainers.RabbitMq;

namespace Exports.Tests.Support.Broker;

/// <summary>
/// The RabbitMQ broker of the test run: a Testcontainers container where a Docker engine answers, otherwise the
/// broker at the URI that <see cref="EnvironmentVariable"/> gives. With neither, tests that need a broker fail
/// with a message that says how to provide one; they never skip, so a run without a broker cannot pass.
/// </summary>
public static class TestBroker
{
    /// <summary>Environment variable with the amqp URI of a running broker.</summary>
    public const string EnvironmentVariable = "EXPORTS_TEST_RABBITMQ_URI";

    private const string Image = "rabbitmq:3.13-alpine";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static RabbitMqContainer? container;
    private static string? address;

    /// <summary>Returns the broker's amqp URI, starting a container on first use where Docker answers.</summary>
    public static async Task<string> GetUriAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return address ??= await ResolveAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Stops the container, if one was started.</summary>
    public static async Task StopAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
            container = null;
        }
    }

    private static async Task<string> ResolveAsync()
    {
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is not null)
        {
            container = new RabbitMqBuilder(Image).Build();
            await container.StartAsync();

            return container.GetConnectionString();
        }

        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        throw new InvalidOperationException(
            "No RabbitMQ broker for the tests: no Docker engine answers for Testcontainers and " +
            $"{EnvironmentVariable} is not set. Run the tests with `bash .ci/test.sh`, which starts a local broker, " +
            $"or set {EnvironmentVariable} to the amqp:// URI of a running broker.");
    }
}
