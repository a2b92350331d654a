using Exports.Contracts;
using MassTransit;

namespace Exports.Renderer.Exports;

/// <summary>Renders each requested export; instances compete for the shared queue.</summary>
public sealed class ExportRequestedConsumer(ExportRenderJob job) : IConsumer<ExportRequested>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportRequested> context) => job.RunAsync(context);
}
