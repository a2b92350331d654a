using Exports.Contracts;
using MassTransit;

namespace Exports.Renderer.Exports;

/// <summary>Stops an export this instance is rendering; every instance receives every cancel command.</summary>
public sealed class CancelExportConsumer(RunningExports running, ILogger<CancelExportConsumer> logger)
    : IConsumer<CancelExport>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<CancelExport> context)
    {
        if (running.Cancel(context.Message.ExportId, context.Message.TenantId))
        {
            logger.LogInformation("Export {ExportId} of tenant {TenantId} is being cancelled",
                context.Message.ExportId, context.Message.TenantId);
        }

        return Task.CompletedTask;
    }
}
