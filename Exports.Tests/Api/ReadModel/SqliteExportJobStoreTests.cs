using Exports.Api.Projection;
using Exports.Api.ReadModel;
using Exports.Api.ReadModel.Sqlite;
using Exports.Contracts;
using Exports.Storage;
using Exports.Tests.Api.Support;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Api.ReadModel;

[TestFixture]
public sealed class SqliteExportJobStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private string dataDirectory = null!;
    private SqliteConnectionFactory connections = null!;
    private SqliteExportJobStore store = null!;

    [OneTimeSetUp]
    public void CreateStore()
    {
        dataDirectory = Directory.CreateTempSubdirectory("exports-store-tests-").FullName;
        connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = dataDirectory }));
        store = new SqliteExportJobStore(connections);
    }

    [OneTimeTearDown]
    public void DeleteStore()
    {
        connections.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Test]
    public async Task InsertedJobReadsBackWhole()
    {
        var job = ExportJobs.Pending() with { IdempotencyKey = "key-1", RequestHash = "sha256:00", SheetIds = ["a"] };
        var completed = new ExportJobProjection(TimeSpan.FromHours(1))
            .Apply(job, ExportJobs.EventsOf(job).Completed(withPdf: true)).Next! with { Version = 1 };

        await store.TryInsertAsync(completed, None);

        var read = await store.FindAsync(job.TenantId, job.Id, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read?.Version, Is.EqualTo(1));
            Assert.That(read?.Status, Is.EqualTo(ExportJobStatus.Completed));
            Assert.That(read?.Artifact, Is.EqualTo(completed.Artifact));
            Assert.That(read?.ExtraArtifacts?["pdf"], Is.EqualTo(completed.ExtraArtifacts!["pdf"]));
            Assert.That(read?.ResultSummary?.Provenance, Is.EqualTo(completed.ResultSummary!.Provenance));
            Assert.That(read?.SheetIds, Is.EqualTo(new[] { "a" }));
            Assert.That(read?.CreatedAt, Is.EqualTo(completed.CreatedAt));
            Assert.That(read?.ExpiresAt, Is.EqualTo(completed.ExpiresAt));
            Assert.That(read?.Progress, Is.EqualTo(completed.Progress));
            Assert.That(read?.IdempotencyKey, Is.EqualTo("key-1"));
        }
    }

    [Test]
    public async Task StaleVersionUpdateIsRejected()
    {
        var job = ExportJobs.Pending();
        await store.TryInsertAsync(job, None);
        await store.TryUpdateAsync(job with { Status = ExportJobStatus.Processing }, 1, None);

        var updated = await store.TryUpdateAsync(job with { Status = ExportJobStatus.Failed }, 1, None);

        var read = await store.FindAsync(job.TenantId, job.Id, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated, Is.False);
            Assert.That(read?.Status, Is.EqualTo(ExportJobStatus.Processing));
            Assert.That(read?.Version, Is.EqualTo(2));
        }
    }

    [TestCase(ExportJobStatus.Completed, ExportJobStatus.Processing)]
    [TestCase(ExportJobStatus.Completed, ExportJobStatus.Cancelled)]
    [TestCase(ExportJobStatus.Cancelled, ExportJobStatus.Completed)]
    [TestCase(ExportJobStatus.Failed, ExportJobStatus.Pending)]
    [TestCase(ExportJobStatus.Processing, ExportJobStatus.Pending)]
    public async Task DatabaseRejectsBackwardStatus(string from, string to)
    {
        var job = ExportJobs.Pending() with { Status = from };
        await store.TryInsertAsync(job, None);

        var updated = await store.TryUpdateAsync(job with { Status = to }, 1, None);

        Assert.That(updated, Is.False);
    }

    [Test]
    public async Task TerminalJobMayBeRewrittenInPlace()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Completed };
        await store.TryInsertAsync(job, None);

        var updated = await store.TryUpdateAsync(job with { StartedAt = job.CreatedAt }, 1, None);

        Assert.That(updated, Is.True);
    }

    [Test]
    public async Task DuplicateIdempotencyKeyIsRejected()
    {
        var first = ExportJobs.Pending() with { IdempotencyKey = "same" };
        var second = ExportJobs.Pending(first.TenantId) with { IdempotencyKey = "same" };
        await store.TryInsertAsync(first, None);

        var inserted = await store.TryInsertAsync(second, None);

        var found = await store.FindByIdempotencyKeyAsync(first.TenantId, "same", None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inserted, Is.False);
            Assert.That(found?.Id, Is.EqualTo(first.Id));
        }
    }

    [Test]
    public async Task SameKeyOtherTenantIsAccepted()
    {
        await store.TryInsertAsync(ExportJobs.Pending() with { IdempotencyKey = "shared" }, None);

        var inserted = await store.TryInsertAsync(ExportJobs.Pending() with { IdempotencyKey = "shared" }, None);

        Assert.That(inserted, Is.True);
    }

    [Test]
    public async Task FindIsScopedToTenant()
    {
        var job = ExportJobs.Pending();
        await store.TryInsertAsync(job, None);

        var found = await store.FindAsync(TestTokens.NewTenant(), job.Id, None);

        Assert.That(found, Is.Null);
    }

    [Test]
    public async Task ExpiredScanSkipsSweptAndLive()
    {
        var now = DateTimeOffset.UtcNow;
        var expired = ExportJobs.Pending() with { Status = ExportJobStatus.Completed, ExpiresAt = now.AddMinutes(-1) };
        var live = ExportJobs.Pending() with { Status = ExportJobStatus.Completed, ExpiresAt = now.AddMinutes(1) };
        var swept = ExportJobs.Pending() with
        {
            Status = ExportJobStatus.Completed, ExpiresAt = now.AddMinutes(-2), ArtifactsDeletedAt = now,
        };
        foreach (var job in new[] { expired, live, swept })
        {
            await store.TryInsertAsync(job, None);
        }

        var found = await store.ListExpiredAsync(now, 1000, None);

        var ids = found.Select(job => job.Id).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Does.Contain(expired.Id));
            Assert.That(ids, Does.Not.Contain(live.Id));
            Assert.That(ids, Does.Not.Contain(swept.Id));
        }
    }

    [Test]
    public async Task ArtifactsAreMarkedDeletedOnce()
    {
        var job = ExportJobs.Pending() with { Status = ExportJobStatus.Completed, ExpiresAt = DateTimeOffset.UtcNow };
        await store.TryInsertAsync(job, None);

        var first = await store.MarkArtifactsDeletedAsync(job.TenantId, job.Id, DateTimeOffset.UtcNow, None);
        var second = await store.MarkArtifactsDeletedAsync(job.TenantId, job.Id, DateTimeOffset.UtcNow, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
        }
    }

    [Test]
    public async Task OnlyPendingJobIsDeleted()
    {
        var pending = ExportJobs.Pending();
        var processing = ExportJobs.Pending() with { Status = ExportJobStatus.Processing };
        await store.TryInsertAsync(pending, None);
        await store.TryInsertAsync(processing, None);

        var deletedPending = await store.DeletePendingAsync(pending.TenantId, pending.Id, None);
        var deletedProcessing = await store.DeletePendingAsync(processing.TenantId, processing.Id, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deletedPending, Is.True);
            Assert.That(deletedProcessing, Is.False);
        }
    }

    [Test]
    public async Task WorkbookRoundTripsWithinTenant()
    {
        var workbooks = new SqliteWorkbookStore(connections);
        var workbook = new Workbook
        {
            TenantId = TestTokens.NewTenant(),
            Id = Guid.NewGuid().ToString(),
            Name = "Bilanz 2025.xlsx",
            SourceFormat = "xlsx",
            Sheets = [new WorkbookSheet(Guid.NewGuid().ToString(), "Assets", 0, 10, 4, 37)],
            CreatedAt = DateTimeOffset.UtcNow,
        };

        await workbooks.SaveAsync(workbook, None);

        var read = await workbooks.FindAsync(workbook.TenantId, workbook.Id, None);
        var stranger = await workbooks.FindAsync(TestTokens.NewTenant(), workbook.Id, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read?.Name, Is.EqualTo(workbook.Name));
            Assert.That(read?.Sheets, Is.EqualTo(workbook.Sheets));
            Assert.That(read?.CreatedAt, Is.EqualTo(workbook.CreatedAt));
            Assert.That(stranger, Is.Null);
        }
    }

    [Test]
    public async Task DatabaseUsesWriteAheadLog()
    {
        await using var connection = await connections.OpenAsync(None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        var mode = await command.ExecuteScalarAsync();

        Assert.That(mode, Is.EqualTo("wal"));
    }
}
