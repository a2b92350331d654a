using Exports.Messaging;
using MassTransit;

namespace Exports.Api.Projection;

/// <summary>
/// Puts the status consumer on the gateway's <c>export-status</c> queue and retries a message that failed for a
/// transient reason, such as a locked database or a concurrent write, before it is dead-lettered.
/// </summary>
public sealed class ExportStatusConsumerDefinition : ConsumerDefinition<ExportStatusConsumer>
{
    /// <summary>Creates the definition for the configured queue names.</summary>
    public ExportStatusConsumerDefinition(EndpointNames names)
    {
        EndpointName = names.ExportStatus;
    }

    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ExportStatusConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(
            5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
    }
}
