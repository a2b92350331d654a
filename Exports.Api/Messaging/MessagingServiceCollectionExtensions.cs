using Exports.Api.Projection;
using Exports.Contracts;
using Exports.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Messaging;

/// <summary>
/// Registers MassTransit over RabbitMQ: the status consumer, the import request client and publishing.
/// </summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bus on RabbitMQ at <c>ConnectionStrings__RabbitMq</c>. Tests may replace the transport afterwards
    /// with <c>AddMassTransitTestHarness</c>, calling <see cref="AddApiConsumers"/> inside it.
    /// </summary>
    public static IServiceCollection AddApiMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessagingOptions>, BrokerConnectionValidator>();
        services.AddSingleton(provider =>
            new EndpointNames(provider.GetRequiredService<IOptions<MessagingOptions>>().Value.EntityPrefix));

        var names = EndpointNames.FromConfiguration(configuration);
        services.AddMassTransit(bus =>
        {
            bus.AddApiConsumers(names);
            bus.UsingExportsRabbitMq(configuration, (context, transport, endpointNames) =>
                transport.ReceiveEndpoint(endpointNames.ExportStatus, endpoint =>
                    endpoint.ConfigureConsumer<ExportStatusConsumer>(context)));
        });

        return services;
    }

    /// <summary>
    /// Adds the gateway's consumer, on queue <see cref="EndpointNames.ExportStatus"/>, and the request clients that
    /// send <see cref="ImportWorkbook"/> and <see cref="VerifyExport"/> to their renderer queues.
    /// </summary>
    public static void AddApiConsumers(this IBusRegistrationConfigurator bus, EndpointNames names)
    {
        bus.AddConsumer<ExportStatusConsumer, ExportStatusConsumerDefinition>();
        bus.AddRequestClient<ImportWorkbook>(new Uri($"queue:{names.ImportWorkbook}"));
        bus.AddRequestClient<VerifyExport>(new Uri($"queue:{names.VerifyExport}"));
    }
}
