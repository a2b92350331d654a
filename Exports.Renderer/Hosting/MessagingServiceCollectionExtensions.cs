using Exports.Messaging;
using MassTransit;

namespace Exports.Renderer.Hosting;

/// <summary>Registers MassTransit over RabbitMQ with every consumer of the renderer.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>Adds the bus; consumers and their definitions are found in this assembly.</summary>
    public static IServiceCollection AddRendererMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = RabbitMqConnection.FromConfiguration(configuration);

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumers(typeof(MessagingServiceCollectionExtensions).Assembly);

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
                transport.ConfigureEndpoints(context);
            });
        });

        return services;
    }
}
