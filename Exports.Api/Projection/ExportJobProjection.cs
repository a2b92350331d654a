using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Contracts.Validation;

namespace Exports.Api.Projection;

/// <summary>
/// Decides how each status event and cancel request changes a job, without any I/O. The status only moves
/// forward: pending, processing, then completed, failed or cancelled, which never change. Repeated or late events
/// change nothing, and percent never decreases. An event for an unknown job creates it when the event names the
/// workbook and format.
/// </summary>
public sealed class ExportJobProjection(TimeSpan retention)
{
    /// <summary>A request creates the job as pending, or fills what a status event could not tell.</summary>
    public ProjectionOutcome Apply(ExportJob? job, ExportRequested message)
    {
        if (job is null)
        {
            return Create(message.TenantId, message.ExportId, message.WorkbookId, message.Format, message.RequestedAt,
                created => created with
                {
                    SheetIds = message.SheetIds,
                    Options = message.Options,
                    RequestedBy = message.RequestedBy,
                });
        }

        var filled = job with
        {
            CreatedAt = message.RequestedAt < job.CreatedAt ? message.RequestedAt : job.CreatedAt,
            SheetIds = job.SheetIds ?? message.SheetIds,
            Options = job.Options ?? message.Options,
            RequestedBy = job.RequestedBy ?? message.RequestedBy,
        };

        return filled == job ? ProjectionOutcome.Skip("the job is already known") : ProjectionOutcome.Write(filled);
    }

    /// <summary>A pending job becomes processing; the earliest start time is kept whatever the status.</summary>
    public ProjectionOutcome Apply(ExportJob? job, ExportStarted message)
    {
        if (job is null)
        {
            return Create(message.TenantId, message.ExportId, message.WorkbookId, message.Format, message.StartedAt,
                created => Started(created, message.StartedAt));
        }

        var next = job.Status == ExportJobStatus.Pending
            ? Started(job, message.StartedAt)
            : job with { StartedAt = Earliest(job.StartedAt, message.StartedAt) };

        return next == job ? ProjectionOutcome.Skip($"the job is already {job.Status}") : ProjectionOutcome.Write(next);
    }

    /// <summary>Progress of a pending or processing job, applied only when its percent does not decrease.</summary>
    public ProjectionOutcome Apply(ExportJob? job, ExportProgressed message)
    {
        if (job is null)
        {
            return ProjectionOutcome.Skip("the job is unknown and progress names no workbook or format");
        }

        if (ExportJobStatus.IsTerminal(job.Status))
        {
            return ProjectionOutcome.Skip($"the job is already {job.Status}");
        }

        var percent = Math.Clamp(message.Percent, 0, 100);
        if (percent < job.Progress.Percent)
        {
            return ProjectionOutcome.Skip($"percent {percent} is below the recorded {job.Progress.Percent}");
        }

        var next = job with
        {
            Status = ExportJobStatus.Processing,
            StartedAt = job.StartedAt ?? message.OccurredAt,
            Progress = new ExportProgress(message.Current, message.Total, message.Message, percent),
        };

        return next == job ? ProjectionOutcome.Skip("the progress is already recorded") : ProjectionOutcome.Write(next);
    }

    /// <summary>
    /// A pending or processing job becomes completed and downloadable until completion time plus the retention
    /// period. For a job already cancelled or failed, the new artifacts are deleted and the job stays as it is.
    /// </summary>
    public ProjectionOutcome Apply(ExportJob? job, ExportCompleted message)
    {
        var artifacts = ArtifactsOf(message);
        if (job is null)
        {
            return Create(message.TenantId, message.ExportId, message.WorkbookId, message.Format, message.CompletedAt,
                created => Completed(created, message));
        }

        return job.Status switch
        {
            ExportJobStatus.Cancelled or ExportJobStatus.Failed =>
                ProjectionOutcome.Skip($"the job is already {job.Status}, so its artifacts are deleted", artifacts),
            ExportJobStatus.Completed => ProjectionOutcome.Skip("the job is already completed"),
            _ => ProjectionOutcome.Write(Completed(job, message)),
        };
    }

    /// <summary>A pending or processing job becomes failed with the renderer's error.</summary>
    public ProjectionOutcome Apply(ExportJob? job, ExportFailed message)
    {
        if (job is null)
        {
            // A request an internal service published with a missing or malformed workbook id or format fails in
            // the renderer before the gateway has a record of the job. It is kept as given, so the publisher can look it up.
            return CreateUnchecked(
                message.TenantId,
                message.ExportId,
                message.WorkbookId ?? string.Empty,
                message.Format ?? string.Empty,
                message.FailedAt,
                created => Failed(created, message));
        }

        return ExportJobStatus.IsTerminal(job.Status)
            ? ProjectionOutcome.Skip($"the job is already {job.Status}")
            : ProjectionOutcome.Write(Failed(job, message));
    }

    /// <summary>A pending or processing job becomes cancelled, and anything stored for it is deleted.</summary>
    public ProjectionOutcome Apply(ExportJob? job, ExportCancelled message)
    {
        if (job is null)
        {
            return ProjectionOutcome.Skip("the job is unknown and the cancellation names no workbook or format");
        }

        return Cancel(job, message.CancelledAt);
    }

    /// <summary>
    /// A cancel request: pending and processing jobs become cancelled; terminal jobs stay as they are.
    /// </summary>
    public ProjectionOutcome Cancel(ExportJob job, DateTimeOffset cancelledAt)
    {
        if (ExportJobStatus.IsTerminal(job.Status))
        {
            return ProjectionOutcome.Skip($"the job is already {job.Status}");
        }

        var cancelled = job with
        {
            Status = ExportJobStatus.Cancelled,
            CompletedAt = cancelledAt,
            Progress = job.Progress with { Message = "Cancelled" },
        };

        return ProjectionOutcome.Write(cancelled, artifactsToDelete: []);
    }

    private static ProjectionOutcome Create(
        string tenantId,
        string exportId,
        string workbookId,
        string format,
        DateTimeOffset createdAt,
        Func<ExportJob, ExportJob> complete)
    {
        if (!WorkbookIdRules.IsValid(workbookId))
        {
            return ProjectionOutcome.Skip($"the job is unknown and workbook id '{workbookId}' is not a UUID");
        }

        return CreateUnchecked(tenantId, exportId, workbookId.ToLowerInvariant(), format, createdAt, complete);
    }

    private static ProjectionOutcome CreateUnchecked(
        string tenantId,
        string exportId,
        string workbookId,
        string format,
        DateTimeOffset createdAt,
        Func<ExportJob, ExportJob> complete)
    {
        var job = new ExportJob
        {
            TenantId = tenantId,
            Id = exportId,
            WorkbookId = workbookId,
            Format = format,
            Status = ExportJobStatus.Pending,
            CreatedAt = createdAt,
        };

        return ProjectionOutcome.Write(complete(job));
    }

    private static ExportJob Started(ExportJob job, DateTimeOffset startedAt) => job with
    {
        Status = ExportJobStatus.Processing,
        StartedAt = Earliest(job.StartedAt, startedAt),
        Progress = job.Progress with { Message = "Started" },
    };

    private ExportJob Completed(ExportJob job, ExportCompleted message)
    {
        var total = Math.Max(job.Progress.Total, message.ResultSummary.CellCount);

        return job with
        {
            Status = ExportJobStatus.Completed,
            FileSizeBytes = message.FileSizeBytes,
            Artifact = message.Artifact,
            ExtraArtifacts = message.ExtraArtifacts,
            ResultSummary = message.ResultSummary,
            StartedAt = job.StartedAt ?? message.CompletedAt,
            CompletedAt = message.CompletedAt,
            ExpiresAt = message.CompletedAt + retention,
            Progress = new ExportProgress(total, total, "Completed", 100),
        };
    }

    private static ExportJob Failed(ExportJob job, ExportFailed message) => job with
    {
        Status = ExportJobStatus.Failed,
        Error = message.Error,
        CompletedAt = message.FailedAt,
        Progress = job.Progress with { Message = "Failed" },
    };

    private static DateTimeOffset Earliest(DateTimeOffset? recorded, DateTimeOffset candidate) =>
        recorded is { } value && value <= candidate ? value : candidate;

    private static List<ExportArtifact> ArtifactsOf(ExportCompleted message) =>
        [message.Artifact, .. message.ExtraArtifacts?.Values ?? []];
}
