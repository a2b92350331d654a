using Exports.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;

namespace Exports.Messaging;

/// <summary>Connects a MassTransit bus to the product's RabbitMQ with the shared naming rules.</summary>
public static class ExportsBusConfiguration
{
    /// <summary>
    /// Uses RabbitMQ at <c>ConnectionStrings__RabbitMq</c>, prefixes exchange names with
    /// <c>Messaging__EntityPrefix</c>, and binds the renderers' queue to <see cref="ExportRequested"/>, so that a
    /// request published before any renderer has started waits in that durable queue instead of being dropped.
    /// </summary>
    public static void UsingExportsRabbitMq(
        this IBusRegistrationConfigurator bus,
        IConfiguration configuration,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator, EndpointNames> configureEndpoints)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(configureEndpoints);

        var connection = RabbitMqConnection.FromConfiguration(configuration);
        var names = EndpointNames.FromConfiguration(configuration);

        bus.UsingRabbitMq((context, transport) =>
        {
            transport.Host(connection.Host, (ushort)connection.Port, connection.VirtualHost, host =>
            {
                host.Username(connection.UserName);
                host.Password(connection.Password);
                if (connection.Address.Scheme == "amqps")
                {
                    host.UseSsl(ssl => ssl.ServerName = connection.Host);
                }
            });

            if (names.Prefix.Length > 0)
            {
                transport.MessageTopology.SetEntityNameFormatter(
                    new PrefixedEntityNameFormatter(transport.MessageTopology.EntityNameFormatter, names.Prefix));
            }

            // The queue is bound straight to the message exchange. RabbitMQ routes a message to a queue once even
            // when the renderer later adds its own exchange-to-exchange path to the same queue.
            var requestExchange = transport.MessageTopology.EntityNameFormatter.FormatEntityName<ExportRequested>();
            transport.Publish<ExportRequested>(publish => publish.BindQueue(requestExchange, names.RenderExport));
            configureEndpoints(context, transport, names);
        });
    }
}
