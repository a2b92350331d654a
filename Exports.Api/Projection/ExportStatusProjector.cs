using Exports.Api.ReadModel;
using Exports.Api.Retention;
using Exports.Contracts;
using Exports.Contracts.Validation;

namespace Exports.Api.Projection;

/// <summary>
/// Applies a projection decision to the stored job: reads the job, decides, deletes artifacts when the decision lists
/// them, and
/// writes with the version it read. When another writer got there first, it reads again and decides again.
/// </summary>
public sealed class ExportStatusProjector(
    IExportJobStore jobs,
    ExportArtifactCleaner cleaner,
    ILogger<ExportStatusProjector> logger)
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Applies <paramref name="decide"/> to the tenant's job and returns the job as stored afterwards, or null when
    /// there is none. Throws when every attempt met a concurrent write, so the message is retried.
    /// </summary>
    public async Task<ExportJob?> ProjectAsync(
        string tenantId,
        string exportId,
        string eventName,
        Func<ExportJob?, ProjectionOutcome> decide,
        CancellationToken cancellationToken)
    {
        if (!TenantIdRules.IsValid(tenantId) || !ExportId.IsValid(exportId))
        {
            logger.LogWarning(
                "Ignored {EventName} with invalid export id {ExportId} or tenant id {TenantId}",
                eventName, exportId, tenantId);
            return null;
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await jobs.FindAsync(tenantId, exportId, cancellationToken);
            var outcome = decide(current);
            if (outcome.ArtifactsToDelete is { } artifacts)
            {
                await cleaner.DeleteAsync(tenantId, exportId, artifacts, cancellationToken);
            }

            if (outcome.Next is not { } next)
            {
                logger.LogDebug(
                    "Skipped {EventName} for export {ExportId} of tenant {TenantId}: {Reason}",
                    eventName, exportId, tenantId, outcome.SkipReason);
                return current;
            }

            var saved = current is null
                ? await jobs.TryInsertAsync(next, cancellationToken)
                : await jobs.TryUpdateAsync(next, current.Version, cancellationToken);
            if (saved)
            {
                LogTransition(eventName, current, next);
                return next with { Version = (current?.Version ?? 0) + 1 };
            }
        }

        throw new InvalidOperationException(
            $"Export {exportId} of tenant {tenantId} changed concurrently {MaxAttempts} times while applying " +
            $"{eventName}; the message will be retried.");
    }

    private void LogTransition(string eventName, ExportJob? previous, ExportJob next)
    {
        if (previous?.Status == next.Status)
        {
            logger.LogDebug(
                "Applied {EventName} to export {ExportId} of tenant {TenantId}: {Status}, {Percent}%",
                eventName, next.Id, next.TenantId, next.Status, next.Progress.Percent);
            return;
        }

        logger.LogInformation(
            "Export {ExportId} of tenant {TenantId} is now {Status} after {EventName}",
            next.Id, next.TenantId, next.Status, eventName);
    }
}
