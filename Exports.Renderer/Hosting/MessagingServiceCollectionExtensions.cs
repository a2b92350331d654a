using Exports.Messaging;
using Exports.Renderer.Exports;
using Exports.Renderer.Rendering;
using Exports.Renderer.Verification;
using Exports.Renderer.Workbooks;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Hosting;

/// <summary>Registers MassTransit over RabbitMQ with the renderer's queues and consumers.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bus: the shared export queue (competing consumers, at most
    /// <see cref="RendererOptions.MaxConcurrentExports"/> at once), the import and verification request queues,
    /// and a cancel queue
    /// of this instance's own that is removed when it stops.
    /// </summary>
    public static IServiceCollection AddRendererMessaging(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(60);
        });

        services.AddMassTransit(bus =>
        {
            bus.AddConsumer<ExportRequestedConsumer>();
            bus.AddConsumer<ImportWorkbookConsumer>();
            bus.AddConsumer<CancelExportConsumer>();
            bus.AddConsumer<VerifyExportConsumer>();

            bus.UsingExportsRabbitMq(configuration, (context, transport, names) =>
            {
                var options = context.GetRequiredService<IOptions<RendererOptions>>().Value;
                transport.ReceiveEndpoint(names.RenderExport, endpoint =>
                {
                    endpoint.PrefetchCount = options.MaxConcurrentExports;
                    endpoint.ConcurrentMessageLimit = options.MaxConcurrentExports;
                    ConfigureRetry(endpoint, options.RetryLimit);
                    endpoint.ConfigureConsumer<ExportRequestedConsumer>(context);
                });
                transport.ReceiveEndpoint(names.ImportWorkbook, endpoint =>
                {
                    endpoint.PrefetchCount = options.MaxConcurrentExports;
                    endpoint.ConcurrentMessageLimit = options.MaxConcurrentExports;
                    endpoint.ConfigureConsumer<ImportWorkbookConsumer>(context);
                });
                transport.ReceiveEndpoint(names.VerifyExport, endpoint =>
                {
                    endpoint.PrefetchCount = options.MaxConcurrentExports;
                    endpoint.ConcurrentMessageLimit = options.MaxConcurrentExports;
                    endpoint.ConfigureConsumer<VerifyExportConsumer>(context);
                });
                transport.ReceiveEndpoint(names.CancelExport(options.InstanceName), endpoint =>
                {
                    endpoint.Durable = false;
                    endpoint.AutoDelete = true;
                    endpoint.ConfigureConsumer<CancelExportConsumer>(context);
                });
            });
        });

        return services;
    }

    private static void ConfigureRetry(IRabbitMqReceiveEndpointConfigurator endpoint, int retryLimit)
    {
        if (retryLimit == 0)
        {
            return;
        }

        endpoint.UseMessageRetry(retry =>
        {
            retry.Exponential(retryLimit, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2));
            retry.Ignore<ExportRenderException>();
            retry.Ignore<OperationCanceledException>();
        });
    }
}
