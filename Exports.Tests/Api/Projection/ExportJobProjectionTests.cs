using Exports.Api.Projection;
using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Tests.Api.Support;

namespace Exports.Tests.Api.Projection;

[TestFixture]
public sealed class ExportJobProjectionTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly ExportJobProjection projection = new(Retention);

    [Test]
    public void RequestCreatesPendingJob()
    {
        var request = new ExportRequested
        {
            ExportId = ExportId.New(), TenantId = "t_a", WorkbookId = Guid.NewGuid().ToString().ToUpperInvariant(),
            Format = "csv", RequestedAt = DateTimeOffset.UtcNow, RequestedBy = "svc", SheetIds = ["s"],
        };

        var job = projection.Apply(null, request).Next;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job?.Status, Is.EqualTo(ExportJobStatus.Pending));
            Assert.That(job?.WorkbookId, Is.EqualTo(request.WorkbookId.ToLowerInvariant()));
            Assert.That(job?.Progress, Is.EqualTo(ExportProgress.Queued));
            Assert.That(job?.CreatedAt, Is.EqualTo(request.RequestedAt));
            Assert.That(job?.RequestedBy, Is.EqualTo("svc"));
            Assert.That(job?.SheetIds, Is.EqualTo(new[] { "s" }));
        }
    }

    [Test]
    public void RequestForKnownJobChangesNothing()
    {
        var job = ExportJobs.Pending() with { RequestedBy = "user" };
        var request = new ExportRequested
        {
            ExportId = job.Id, TenantId = job.TenantId, WorkbookId = job.WorkbookId, Format = job.Format,
            RequestedAt = job.CreatedAt, RequestedBy = "user",
        };

        var outcome = projection.Apply(job, request);

        Assert.That(outcome.Next, Is.Null);
    }

    [Test]
    public void LateRequestFillsEarlierCreationTime()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Processing };
        var requestedAt = job.CreatedAt.AddMinutes(-3);
        var request = new ExportRequested
        {
            ExportId = job.Id, TenantId = job.TenantId, WorkbookId = job.WorkbookId, Format = job.Format,
            RequestedAt = requestedAt, RequestedBy = "svc",
        };

        var next = projection.Apply(job, request).Next;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next?.Status, Is.EqualTo(ExportJobStatus.Processing));
            Assert.That(next?.CreatedAt, Is.EqualTo(requestedAt));
            Assert.That(next?.RequestedBy, Is.EqualTo("svc"));
        }
    }

    [Test]
    public void StartedMovesPendingToProcessing()
    {
        var job = ExportJobs.Pending();
        var started = ExportJobs.EventsOf(job).Started();

        var next = projection.Apply(job, started).Next;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next?.Status, Is.EqualTo(ExportJobStatus.Processing));
            Assert.That(next?.StartedAt, Is.EqualTo(started.StartedAt));
        }
    }

    [TestCase(ExportJobStatus.Completed)]
    [TestCase(ExportJobStatus.Failed)]
    [TestCase(ExportJobStatus.Cancelled)]
    public void StartedNeverLeavesTerminalStatus(string status)
    {
        var job = ExportJobs.Pending() with { Status = status, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-5) };

        var outcome = projection.Apply(job, ExportJobs.EventsOf(job).Started());

        Assert.That(outcome.Next?.Status ?? job.Status, Is.EqualTo(status));
    }

    [Test]
    public void StartedKeepsEarliestStartTime()
    {
        var job = ExportJobs.Pending() with
        {
            Status = ExportJobStatus.Processing, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        };

        var outcome = projection.Apply(job, ExportJobs.EventsOf(job).Started(DateTimeOffset.UtcNow));

        Assert.That(outcome.Next, Is.Null);
    }

    [Test]
    public void LowerPercentIsSkipped()
    {
        var job = ExportJobs.Pending() with
        {
            Status = ExportJobStatus.Processing, Progress = new ExportProgress(60, 100, "Rendering", 60),
        };

        var outcome = projection.Apply(job, ExportJobs.EventsOf(job).Progressed(59));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Next, Is.Null);
            Assert.That(outcome.SkipReason, Does.Contain("below the recorded 60"));
        }
    }

    [Test]
    public void EqualPercentUpdatesMessage()
    {
        var job = ExportJobs.Pending() with
        {
            Status = ExportJobStatus.Processing, Progress = new ExportProgress(60, 100, "Rendering sheet 1", 60),
        };

        var next = projection.Apply(job, ExportJobs.EventsOf(job).Progressed(60, "Rendering sheet 2")).Next;

        Assert.That(next?.Progress.Message, Is.EqualTo("Rendering sheet 2"));
    }

    [Test]
    public void PercentAboveHundredIsClamped()
    {
        var job = ExportJobs.Pending();

        var next = projection.Apply(job, ExportJobs.EventsOf(job).Progressed(150)).Next;

        Assert.That(next?.Progress.Percent, Is.EqualTo(100));
    }

    [Test]
    public void ProgressAfterCompletionIsSkipped()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Completed };

        var outcome = projection.Apply(job, ExportJobs.EventsOf(job).Progressed(10));

        Assert.That(outcome.Next, Is.Null);
    }

    [Test]
    public void ProgressForUnknownJobIsSkipped()
    {
        var outcome = projection.Apply(null, UnknownJobEvents().Progressed(5));

        Assert.That(outcome.Next, Is.Null);
    }

    [Test]
    public void CompletedSetsExpiryFromRetention()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Processing };
        var completed = ExportJobs.EventsOf(job).Completed();

        var next = projection.Apply(job, completed).Next;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next?.Status, Is.EqualTo(ExportJobStatus.Completed));
            Assert.That(next?.ExpiresAt, Is.EqualTo(completed.CompletedAt + Retention));
            Assert.That(next?.Progress, Is.EqualTo(new ExportProgress(9, 9, "Completed", 100)));
            Assert.That(next?.Artifact, Is.EqualTo(completed.Artifact));
            Assert.That(next?.IsDownloadableAt(completed.CompletedAt), Is.True);
            Assert.That(next?.IsDownloadableAt(completed.CompletedAt + Retention), Is.False);
        }
    }

    [Test]
    public void SecondCompletedIsSkipped()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Completed };

        var outcome = projection.Apply(job, ExportJobs.EventsOf(job).Completed());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Next, Is.Null);
            Assert.That(outcome.ArtifactsToDelete, Is.Null);
        }
    }

    [TestCase(ExportJobStatus.Cancelled)]
    [TestCase(ExportJobStatus.Failed)]
    public void CompletedAfterEndDeletesArtifacts(string status)
    {
        var job = ExportJobs.Pending() with { Status = status };
        var completed = ExportJobs.EventsOf(job).Completed(withPdf: true);

        var outcome = projection.Apply(job, completed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Next, Is.Null);
            Assert.That(outcome.ArtifactsToDelete, Is.EquivalentTo(new[]
            {
                completed.Artifact, completed.ExtraArtifacts!["pdf"],
            }));
        }
    }

    [Test]
    public void CompletedForUnknownJobCreatesIt()
    {
        var completed = UnknownJobEvents().Completed();

        var next = projection.Apply(null, completed).Next;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next?.Status, Is.EqualTo(ExportJobStatus.Completed));
            Assert.That(next?.CreatedAt, Is.EqualTo(completed.CompletedAt));
            Assert.That(next?.WorkbookId, Is.EqualTo(completed.WorkbookId));
        }
    }

    [Test]
    public void EventWithMalformedWorkbookIsSkipped()
    {
        var started = new StatusEvents("t_a", ExportId.New(), "not-a-uuid").Started();

        var outcome = projection.Apply(null, started);

        Assert.That(outcome.SkipReason, Does.Contain("not a UUID"));
    }

    [Test]
    public void FailedRecordsError()
    {
        var job = ExportJobs.Pending();
        var failed = ExportJobs.EventsOf(job).Failed();

        var next = projection.Apply(job, failed).Next;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next?.Status, Is.EqualTo(ExportJobStatus.Failed));
            Assert.That(next?.Error, Is.EqualTo(failed.Error));
            Assert.That(next?.CompletedAt, Is.EqualTo(failed.FailedAt));
        }
    }

    [Test]
    public void FailedAfterCompletionIsSkipped()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Completed };

        var outcome = projection.Apply(job, ExportJobs.EventsOf(job).Failed());

        Assert.That(outcome.Next, Is.Null);
    }

    [Test]
    public void FailedWithoutWorkbookForUnknownJobIsKept()
    {
        var failed = UnknownJobEvents().Failed() with { WorkbookId = null };

        var outcome = projection.Apply(null, failed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Next?.Status, Is.EqualTo(ExportJobStatus.Failed));
            Assert.That(outcome.Next?.WorkbookId, Is.Empty);
            Assert.That(outcome.Next?.Error, Is.EqualTo(failed.Error));
        }
    }

    [Test]
    public void FailedWithMalformedWorkbookIsKeptAsGiven()
    {
        var failed = UnknownJobEvents().Failed() with { WorkbookId = "../../x" };

        var outcome = projection.Apply(null, failed);

        Assert.That(outcome.Next?.WorkbookId, Is.EqualTo("../../x"));
    }

    [Test]
    public void CancelPendingJobCancelsIt()
    {
        var job = ExportJobs.Pending();
        var now = DateTimeOffset.UtcNow;

        var outcome = projection.Cancel(job, now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Next?.Status, Is.EqualTo(ExportJobStatus.Cancelled));
            Assert.That(outcome.Next?.CompletedAt, Is.EqualTo(now));
            Assert.That(outcome.ArtifactsToDelete, Is.Empty);
        }
    }

    [TestCase(ExportJobStatus.Completed)]
    [TestCase(ExportJobStatus.Failed)]
    [TestCase(ExportJobStatus.Cancelled)]
    public void CancelTerminalJobIsSkipped(string status)
    {
        var job = ExportJobs.Pending() with { Status = status };

        var outcome = projection.Cancel(job, DateTimeOffset.UtcNow);

        Assert.That(outcome.Next, Is.Null);
    }

    [Test]
    public void RendererCancelForUnknownJobIsSkipped()
    {
        var outcome = projection.Apply(null, UnknownJobEvents().Cancelled());

        Assert.That(outcome.Next, Is.Null);
    }

    private static StatusEvents UnknownJobEvents() => new("t_a", ExportId.New(), Guid.NewGuid().ToString());
}
