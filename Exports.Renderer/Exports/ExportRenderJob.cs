using Exports.Contracts;
using Exports.Renderer.Hosting;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Exports;

/// <summary>
/// Carries one <see cref="ExportRequested"/> from validation to its terminal event. Every message may arrive
/// twice: a completed export republishes its stored result, and a cancelled one is never rendered. An export
/// that is cancelled or fails leaves neither its artifact nor its manifest record behind.
/// </summary>
public sealed class ExportRenderJob(
    ExportPlanner planner,
    ExportArtifactRenderer renderer,
    CompletionRecords completions,
    ManifestRecords manifests,
    RunningExports running,
    IBlobStore blobs,
    IOptions<RendererOptions> options,
    TimeProvider time,
    ILogger<ExportRenderJob> logger)
{
    /// <summary>Handles one delivery of the request.</summary>
    public async Task RunAsync(ConsumeContext<ExportRequested> context)
    {
        var request = context.Message;
        var events = new ExportEvents(context, request, time);
        var cancellationToken = context.CancellationToken;

        var (plan, error) = await planner.PlanAsync(request, cancellationToken);
        if (plan is null)
        {
            logger.LogError(
                "Export {ExportId} of tenant {TenantId} was rejected: {ErrorCode} {ErrorMessage}",
                request.ExportId, request.TenantId, error!.Code, error.Message);
            await events.FailedAsync(error, cancellationToken);
            return;
        }

        var completed = await completions.FindAsync(request.TenantId, request.ExportId, cancellationToken);
        if (completed is not null)
        {
            logger.LogInformation("Export {ExportId} was already completed; its result is published again",
                request.ExportId);
            await events.CompletedAsync(completed, cancellationToken);
            return;
        }

        if (await IsCancelledAsync(request, cancellationToken))
        {
            logger.LogInformation("Export {ExportId} was cancelled before it started", request.ExportId);
            await events.CancelledAsync(cancellationToken);
            return;
        }

        await RenderAsync(context, plan, events);
    }

    private async Task RenderAsync(ConsumeContext<ExportRequested> context, ExportPlan plan, ExportEvents events)
    {
        var request = plan.Request;
        var cancellationToken = context.CancellationToken;
        using var export = running.Register(request.ExportId, request.TenantId, cancellationToken);

        logger.LogInformation(
            "Export {ExportId} of workbook {WorkbookId} for tenant {TenantId} started as {Format}",
            request.ExportId, request.WorkbookId, request.TenantId, request.Format);
        await events.StartedAsync(options.Value.InstanceName, cancellationToken);

        try
        {
            var completed = await renderer.RenderAsync(plan, export, context);
            await completions.SaveAsync(completed, cancellationToken);
            await FinishAsync(completed, events, cancellationToken);
        }
        catch (Exception) when (export.CancelRequested)
        {
            // Whatever stopped the writer after a cancel request, such as its folder being deleted under it, is the
            // cancel taking effect, not a failure to retry.
            await RemoveArtifactsAsync(request);
            logger.LogInformation("Export {ExportId} was cancelled while rendering", request.ExportId);
            await events.CancelledAsync(cancellationToken);
        }
        catch (ExportRenderException exception)
        {
            await RemoveArtifactsAsync(request);
            logger.LogError("Export {ExportId} failed: {ErrorCode} {ErrorMessage}",
                request.ExportId, exception.Error.Code, exception.Error.Message);
            await events.FailedAsync(exception.Error, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await RemoveArtifactsAsync(request);
            await ReportUnexpectedFailureAsync(context, events, exception);
            throw;
        }
    }

    private async Task FinishAsync(ExportCompleted completed, ExportEvents events, CancellationToken cancellationToken)
    {
        if (await IsCancelledAsync(completed.TenantId, completed.ExportId, cancellationToken))
        {
            await blobs.DeletePrefixAsync(
                BlobKeys.ExportPrefix(completed.TenantId, completed.ExportId), cancellationToken);
            await manifests.DeleteAsync(completed.TenantId, completed.ExportId, cancellationToken);
            logger.LogInformation("Export {ExportId} was cancelled as it completed; its files are removed",
                completed.ExportId);
            await events.CancelledAsync(cancellationToken);
            return;
        }

        logger.LogInformation(
            "Export {ExportId} completed: {SizeBytes} bytes, {CellCount} cells",
            completed.ExportId, completed.FileSizeBytes, completed.ResultSummary.CellCount);
        await events.CompletedAsync(completed, cancellationToken);
    }

    private async Task ReportUnexpectedFailureAsync(
        ConsumeContext<ExportRequested> context, ExportEvents events, Exception exception)
    {
        var request = context.Message;
        var attempt = context.GetRetryAttempt();
        if (attempt < options.Value.RetryLimit)
        {
            logger.LogWarning(exception, "Export {ExportId} failed on attempt {Attempt}; it will be retried",
                request.ExportId, attempt + 1);
            return;
        }

        logger.LogError(exception, "Export {ExportId} failed after {Attempts} attempts; the request is dead-lettered",
            request.ExportId, attempt + 1);
        await events.FailedAsync(
            new ExportError
            {
                Code = ExportErrorCode.RenderFailed,
                Message = $"Rendering failed after {attempt + 1} attempts ({exception.GetType().Name}); " +
                    "request the export again, and if it fails again, contact the operator with the export id.",
            },
            context.CancellationToken);
    }

    private Task<bool> IsCancelledAsync(ExportRequested request, CancellationToken cancellationToken) =>
        IsCancelledAsync(request.TenantId, request.ExportId, cancellationToken);

    private Task<bool> IsCancelledAsync(string tenantId, string exportId, CancellationToken cancellationToken) =>
        blobs.ExistsAsync(BlobKeys.CancellationMarker(tenantId, exportId), cancellationToken);

    private async Task RemoveArtifactsAsync(ExportRequested request)
    {
        await blobs.DeletePrefixAsync(
            BlobKeys.ExportPrefix(request.TenantId, request.ExportId), CancellationToken.None);
        await manifests.DeleteAsync(request.TenantId, request.ExportId, CancellationToken.None);
    }
}
