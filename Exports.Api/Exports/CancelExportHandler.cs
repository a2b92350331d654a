using System.Text.Json;
using Exports.Api.Auth;
using Exports.Api.Problems;
using Exports.Api.Projection;
using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Exports;

/// <summary>
/// <c>POST /api/v1/exports/{export_id}/cancel</c>: marks a pending or processing job cancelled at once, writes the
/// cancellation marker that renderers check, and publishes <see cref="CancelExport"/>. Cancelling a cancelled job
/// succeeds again and repeats the marker and the command, so a retry after a failure completes the cancel.
/// </summary>
public sealed class CancelExportHandler(
    ExportStatusProjector projector,
    ExportJobProjection projection,
    IExportJobStore jobs,
    IBlobStore blobs,
    IPublishEndpoint publisher,
    IOptions<ExportsOptions> options,
    TimeProvider clock,
    ILogger<CancelExportHandler> logger)
{
    /// <summary>Handles one cancel request.</summary>
    public async Task<IResult> HandleAsync(string exportId, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var caller = CallerIdentity.From(context.User);
        var job = await jobs.FindRequestedAsync(caller.TenantId, exportId, cancellationToken);
        if (job is null)
        {
            return ExportProblems.ExportNotFound(exportId);
        }

        var now = clock.GetUtcNow();
        var stored = await projector.ProjectAsync(caller.TenantId, exportId, "cancel request",
            current => current is null ? ProjectionOutcome.Skip("the job is gone") : projection.Cancel(current, now),
            cancellationToken);
        if (stored?.Status != ExportJobStatus.Cancelled)
        {
            return ApiProblems.Conflict(
                $"Export {exportId} is already {stored?.Status ?? "gone"}: only pending or processing exports can be " +
                "cancelled.");
        }

        await blobs.WriteAsync(
            BlobKeys.CancellationMarker(caller.TenantId, exportId),
            (stream, token) => JsonSerializer.SerializeAsync(
                stream,
                new { export_id = exportId, cancelled_at = stored.CompletedAt ?? now },
                cancellationToken: token),
            cancellationToken);
        await PublishAsync(new CancelExport { ExportId = exportId, TenantId = caller.TenantId, RequestedAt = now },
            cancellationToken);

        return TypedResults.NoContent();
    }

    private async Task PublishAsync(CancelExport command, CancellationToken cancellationToken)
    {
        using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishTimeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            await publisher.Publish(command, publishTimeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception,
                "Publishing the cancel of export {ExportId} of tenant {TenantId} failed; renderers still see the " +
                "cancellation marker", command.ExportId, command.TenantId);
        }
    }
}
