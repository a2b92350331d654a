using Exports.Contracts;
using Exports.Messaging;
using RabbitMQ.Client;

namespace Exports.Tests.Support.Broker;

/// <summary>Deletes the durable queues and exchanges a test environment left on the shared broker.</summary>
public static class BrokerEntities
{
    private static readonly string[] QueueSuffixes = ["", "_error", "_skipped"];

    /// <summary>Deletes every entity whose name the product derives from <paramref name="prefix"/>.</summary>
    public static async Task DeleteAsync(string brokerUri, string prefix)
    {
        var names = new EndpointNames(prefix);
        var factory = new ConnectionFactory { Uri = new Uri(brokerUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        string[] queues = [names.RenderExport, names.ImportWorkbook, names.VerifyExport, names.ExportStatus];
        foreach (var name in queues.SelectMany(queue => QueueSuffixes.Select(suffix => queue + suffix)))
        {
            await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(name, ifUnused: false);
        }

        var messageTypes = typeof(ExportRequested).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(ExportRequested).Namespace && type.IsClass && !type.IsAbstract);
        foreach (var type in messageTypes)
        {
            await channel.ExchangeDeleteAsync($"{names.Prefix}{type.Namespace}:{type.Name}", ifUnused: false);
        }
    }
}
