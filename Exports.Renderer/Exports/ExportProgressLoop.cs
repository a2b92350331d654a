using Exports.Contracts;
using Exports.Renderer.Hosting;
using Exports.Renderer.Rendering;
using Exports.Storage;
using MassTransit;

namespace Exports.Renderer.Exports;

/// <summary>
/// Runs beside a writer: publishes <see cref="ExportProgressed"/> at most once per progress interval while the
/// count of written cells grows, and polls the blob store for the export's cancel marker, so that a cancel sent
/// to another instance still stops it. Writers only add to a counter, which keeps their loop cheap.
/// </summary>
public sealed class ExportProgressLoop : IRenderProgress, IAsyncDisposable
{
    private readonly ExportPlan plan;
    private readonly RunningExport export;
    private readonly IPublishEndpoint publisher;
    private readonly IBlobStore blobs;
    private readonly RendererOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly long total;
    private readonly Task loop;
    private long current;
    private long published = -1;
    private DateTimeOffset? publishedAt;

    /// <summary>Starts the loop for one running export.</summary>
    public ExportProgressLoop(
        ExportPlan plan,
        RunningExport export,
        IPublishEndpoint publisher,
        IBlobStore blobs,
        RendererOptions options,
        TimeProvider time,
        ILogger logger)
    {
        this.plan = plan;
        this.export = export;
        this.publisher = publisher;
        this.blobs = blobs;
        this.options = options;
        this.time = time;
        this.logger = logger;
        total = plan.Sheets.Sum(sheet => sheet.Statistics.CellCount);
        loop = RunAsync(stop.Token);
    }

    /// <inheritdoc />
    public void Advance(long cells) => Interlocked.Add(ref current, cells);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.ProgressInterval, time);
        var lastPoll = time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await PublishProgressAsync(cancellationToken);
                if (time.GetElapsedTime(lastPoll) >= options.CancellationPollInterval)
                {
                    lastPoll = time.GetTimestamp();
                    await PollCancelMarkerAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The export ended; the terminal event follows from the job itself.
        }
    }

    private async Task PublishProgressAsync(CancellationToken cancellationToken)
    {
        var done = Interlocked.Read(ref current);
        if (done == published || IsTooSoon())
        {
            return;
        }

        try
        {
            var progress = CreateProgress(done);
            await publisher.Publish(progress, cancellationToken);
            published = done;
            publishedAt = progress.OccurredAt;
            logger.LogDebug(
                "Export {ExportId} progressed to {Current} of {Total} cells", plan.Request.ExportId, done, total);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(
                exception, "Publishing progress of export {ExportId} failed; it is tried again at the next tick",
                plan.Request.ExportId);
        }
    }

    // A timer that missed ticks while the process was busy ticks again at once, so the interval is checked
    // against the last event's time too.
    private bool IsTooSoon() => publishedAt is { } last && time.GetUtcNow() - last < options.ProgressInterval;

    private async Task PollCancelMarkerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var marker = BlobKeys.CancellationMarker(plan.Request.TenantId, plan.Request.ExportId);
            if (await blobs.ExistsAsync(marker, cancellationToken))
            {
                logger.LogInformation(
                    "Export {ExportId} found its cancel marker and stops", plan.Request.ExportId);
                export.RequestCancel();
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(
                exception, "Checking the cancel marker of export {ExportId} failed; it is checked again later",
                plan.Request.ExportId);
        }
    }

    private ExportProgressed CreateProgress(long done) => new()
    {
        ExportId = plan.Request.ExportId,
        TenantId = plan.Request.TenantId,
        Current = done,
        Total = total,
        Percent = total == 0 ? 0 : (int)Math.Min(99, done * 100 / total),
        Message = DescribeStage(done),
        OccurredAt = time.GetUtcNow(),
    };

    private string DescribeStage(long done)
    {
        if (plan.Sheets.Count == 0)
        {
            return "Rendering";
        }

        var sheetNumber = 1;
        var passed = 0L;
        foreach (var sheet in plan.Sheets)
        {
            passed += sheet.Statistics.CellCount;
            if (done < passed || sheetNumber == plan.Sheets.Count)
            {
                break;
            }

            sheetNumber++;
        }

        return $"Rendering sheet {sheetNumber} of {plan.Sheets.Count}";
    }
}
