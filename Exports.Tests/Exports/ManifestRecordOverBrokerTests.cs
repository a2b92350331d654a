using Exports.Contracts;
using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;
using Exports.Storage;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Exports;

/// <summary>
/// The server's manifest record of XLSX exports, rendered by a renderer on the real broker: saved with the
/// artifact, and removed when the export is cancelled or fails after it was saved.
/// </summary>
[TestFixture]
public sealed class ManifestRecordOverBrokerTests : RendererBrokerFixture
{
    [Test]
    public async Task XlsxExportStoresManifestRecord()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(20, 4)), ("Notes", StoredWorkbook.Grid(3, 2)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        var records = new ManifestRecords(environment.Blobs);
        var record = await records.FindAsync(request.TenantId, request.ExportId, CancellationToken.None);
        var embedded = await ReadEmbeddedManifestAsync(completed);
        var signer = renderer.Services.GetRequiredService<ManifestSigner>();
        Assert.That(record, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(signer.Verify(record!), Is.True);
            Assert.That(record!.HashScope, Is.EqualTo("foundation"));
            Assert.That(record.DataHash, Is.EqualTo(completed.ResultSummary.Provenance!.DataHash));
            Assert.That(completed.ResultSummary.Provenance.HashScope, Is.EqualTo("foundation"));
            Assert.That(completed.ResultSummary.Provenance.ManifestVersion, Is.EqualTo("cb_hash_v1"));
            Assert.That(ManifestCanonicalForm.GetBytes(embedded), Is.EqualTo(ManifestCanonicalForm.GetBytes(record)));
            Assert.That(embedded.Hmac, Is.EqualTo(record.Hmac));
            Assert.That(record.Sheets.Select(sheet => sheet.CellCount), Is.EqualTo(new long[] { 80, 6 }));
        }
    }

    [Test]
    public async Task RecordKeepsDigestsAndHashIndex()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(20, 4)), ("Notes", StoredWorkbook.Grid(3, 2)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        var records = new ManifestRecords(environment.Blobs);
        var indexed = await records.FindByDataHashAsync(
            request.TenantId, completed.ResultSummary.Provenance!.DataHash, CancellationToken.None);
        var counts = new List<int>();
        for (var index = 0; index < 2; index++)
        {
            using var digests = await records.OpenDigestsAsync(
                request.TenantId, request.ExportId, index, CancellationToken.None);
            counts.Add(digests.ReadAll().Count());
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(indexed?.ExportId, Is.EqualTo(request.ExportId));
            Assert.That(counts, Is.EqualTo(new[] { 80, 6 }));
        }
    }

    [Test]
    public async Task CsvExportStoresNoRecord()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(5, 3)));
        var request = Request(workbook, ExportFormat.Csv);

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.ResultSummary.Provenance?.HashScope, Is.EqualTo("validated"));
            Assert.That(Directory.Exists(ManifestFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task CancelAfterSavingRemovesRecord()
    {
        var blobs = environment.Blobs;
        renderer = await InProcessRenderer.StartAsync(
            environment,
            configureServices: services => services.AddSingleton<IBlobStore>(new InterceptingBlobStore(
                blobs, afterWriteAsync: key => CancelWhenRecordIsSavedAsync(blobs, key))));
        var workbook = await StoredWorkbook.SaveAsync(blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(5, 3)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        await observer.WaitForAsync<ExportCancelled>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(observer.Recorded<ExportCompleted>(message => message.ExportId == request.ExportId), Is.Empty);
            Assert.That(Directory.Exists(ManifestFolder(request)), Is.False);
            Assert.That(HashIndexEntries(request), Is.Empty);
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task FailureAfterSavingRemovesRecord()
    {
        var blobs = environment.Blobs;
        renderer = await InProcessRenderer.StartAsync(
            environment,
            new Dictionary<string, string?> { ["Renderer:RetryLimit"] = "0" },
            services => services.AddSingleton<IBlobStore>(new InterceptingBlobStore(
                blobs, beforeWriteAsync: FailCompletionRecordAsync)));
        var workbook = await StoredWorkbook.SaveAsync(blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(5, 3)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.RenderFailed));
            Assert.That(Directory.Exists(ManifestFolder(request)), Is.False);
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task CancelledRenderLeavesNoRecord()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Big", StoredWorkbook.Grid(200_000, 10)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        await observer.WaitForAsync<ExportStarted>(message => message.ExportId == request.ExportId);
        await observer.PublishAsync(new CancelExport
        {
            ExportId = request.ExportId, TenantId = request.TenantId, RequestedAt = DateTimeOffset.UtcNow,
        });
        await observer.WaitForAsync<ExportCancelled>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Directory.Exists(ManifestFolder(request)), Is.False);
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
        }
    }

    // Writes the cancel marker right after the record is saved: the job then finds it before it publishes.
    private static async Task CancelWhenRecordIsSavedAsync(IBlobStore blobs, string key)
    {
        var parts = key.Split('/');
        if (parts is ["tenants", var tenantId, "manifests", var exportId, "manifest.json"])
        {
            await blobs.WriteAsync(
                BlobKeys.CancellationMarker(tenantId, exportId), (_, _) => Task.CompletedTask, CancellationToken.None);
        }
    }

    private static Task FailCompletionRecordAsync(string key) =>
        key.EndsWith("/completed.json", StringComparison.Ordinal)
            ? throw new IOException("The test store fails every completion record.")
            : Task.CompletedTask;

    private async Task<ProvenanceManifest> ReadEmbeddedManifestAsync(ExportCompleted completed)
    {
        var path = folder.File("artifact.xlsx");
        var blobs = environment.Blobs;
        await using (var artifact = await blobs.OpenReadAsync(completed.Artifact.StoragePath, CancellationToken.None))
        await using (var file = File.Create(path))
        {
            await artifact.CopyToAsync(file);
        }

        using var package = new XlsxPackage(path);

        return EmbeddedManifest.Read(package);
    }

    private IEnumerable<string> HashIndexEntries(ExportRequested request)
    {
        var index = Path.Combine(environment.DataDirectory, "blobs", "tenants", request.TenantId, "manifest-hashes");

        return Directory.Exists(index) ? Directory.EnumerateFiles(index) : [];
    }
}
