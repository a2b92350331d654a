using Exports.Contracts;
using MassTransit;

namespace Exports.Renderer.Exports;

/// <summary>Publishes the status events of one export request.</summary>
public sealed class ExportEvents(IPublishEndpoint publisher, ExportRequested request, TimeProvider time)
{
    /// <summary>Publishes <see cref="ExportStarted"/>.</summary>
    public Task StartedAsync(string instanceName, CancellationToken cancellationToken) =>
        publisher.Publish(
            new ExportStarted
            {
                ExportId = request.ExportId,
                TenantId = request.TenantId,
                WorkbookId = request.WorkbookId,
                Format = request.Format,
                StartedAt = time.GetUtcNow(),
                RendererInstance = instanceName,
            },
            cancellationToken);

    /// <summary>Publishes <see cref="ExportFailed"/> with the request's ids as given.</summary>
    public Task FailedAsync(ExportError error, CancellationToken cancellationToken) =>
        publisher.Publish(
            new ExportFailed
            {
                ExportId = request.ExportId ?? string.Empty,
                TenantId = request.TenantId ?? string.Empty,
                WorkbookId = request.WorkbookId,
                Format = request.Format,
                Error = error,
                FailedAt = time.GetUtcNow(),
            },
            cancellationToken);

    /// <summary>Publishes <see cref="ExportCancelled"/>.</summary>
    public Task CancelledAsync(CancellationToken cancellationToken) =>
        publisher.Publish(
            new ExportCancelled
            {
                ExportId = request.ExportId,
                TenantId = request.TenantId,
                CancelledAt = time.GetUtcNow(),
            },
            cancellationToken);

    /// <summary>Publishes a stored or new <see cref="ExportCompleted"/>.</summary>
    public Task CompletedAsync(ExportCompleted completed, CancellationToken cancellationToken) =>
        publisher.Publish(completed, cancellationToken);
}
