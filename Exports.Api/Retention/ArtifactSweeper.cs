using Exports.Api.Exports;
using Exports.Api.ReadModel;
using Microsoft.Extensions.Options;

namespace Exports.Api.Retention;

/// <summary>
/// Deletes the artifacts of completed exports once they expire, then records the deletion so that downloads
/// return 410. Runs every <see cref="ExportsOptions.SweepInterval"/>; a failed run is logged and retried at the
/// next interval.
/// </summary>
public sealed class ArtifactSweeper(
    IExportJobStore jobs,
    ExportArtifactCleaner cleaner,
    TimeProvider clock,
    IOptions<ExportsOptions> options,
    ILogger<ArtifactSweeper> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Deletes every expired artifact now; returns the number of exports swept.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var swept = 0;
        IReadOnlyList<ExportJob> expired;
        do
        {
            var now = clock.GetUtcNow();
            expired = await jobs.ListExpiredAsync(now, BatchSize, cancellationToken);
            foreach (var job in expired)
            {
                await cleaner.DeleteAsync(job.TenantId, job.Id, job.EnumerateArtifacts(), cancellationToken);
                await jobs.MarkArtifactsDeletedAsync(job.TenantId, job.Id, now, cancellationToken);
                logger.LogInformation(
                    "Deleted the expired artifacts of export {ExportId} of tenant {TenantId}", job.Id, job.TenantId);
                swept++;
            }
        }
        while (expired.Count == BatchSize);

        return swept;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sweeping expired export artifacts failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
