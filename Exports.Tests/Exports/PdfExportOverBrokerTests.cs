using Exports.Contracts;
using Exports.Renderer.Provenance.Manifests;
using Exports.Storage;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Exports;

/// <summary>
/// PDF output rendered by a renderer on the real broker: the sealed PDF beside an XLSX export, the PDF export
/// itself, and their removal when the export is cancelled or fails.
/// </summary>
[TestFixture]
public sealed class PdfExportOverBrokerTests : RendererBrokerFixture
{
    [Test]
    public async Task SealedPdfIsStoredBesideXlsx()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await SaveWorkbookAsync();
        var request = Request(workbook, ExportFormat.Xlsx, new ExportOptions { XlsxSealedPdf = true });

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        var expectedKey = BlobKeys.ExportArtifact(request.TenantId, request.ExportId, request.ExportId + ".pdf");
        var pdf = completed.ExtraArtifacts?.GetValueOrDefault("pdf");
        Assert.That(pdf, Is.Not.Null);
        var text = await PdfTools.TextAsync(await DownloadAsync(pdf!));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pdf!.StoragePath, Is.EqualTo(expectedKey));
            Assert.That(pdf.ContentType, Is.EqualTo("application/pdf"));
            Assert.That(pdf.FileName, Is.EqualTo("Budget.pdf"));
            Assert.That(
                pdf.SizeBytes, Is.EqualTo(await environment.Blobs.GetSizeAsync(expectedKey, CancellationToken.None)));
            Assert.That(completed.ResultSummary.SealedPdf?.StoragePath, Is.EqualTo(expectedKey));
            Assert.That(completed.ResultSummary.SealedPdf?.RowsOmitted, Is.Zero);
            Assert.That(completed.Artifact.ContentType, Does.Contain("spreadsheetml"));
            Assert.That(text, Does.Contain($"Data hash {completed.ResultSummary.Provenance!.DataHash}"));
            Assert.That(text, Does.Contain("Foundation - Assets").And.Contain("Foundation - Notes"));
            Assert.That(text, Does.Contain($"Export {request.ExportId}"));
        }
    }

    [Test]
    public async Task SealedPdfIsOffByDefault()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await SaveWorkbookAsync();
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.ExtraArtifacts, Is.Null);
            Assert.That(completed.ResultSummary.SealedPdf, Is.Null);
            Assert.That(Directory.EnumerateFiles(ExportFolder(request), "*.pdf"), Is.Empty);
        }
    }

    [Test]
    public async Task PdfExportIsPrimaryArtifact()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await SaveWorkbookAsync();
        var request = Request(workbook, ExportFormat.Pdf);

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        var path = await DownloadAsync(completed.Artifact);
        var info = await PdfTools.InfoAsync(path);
        var record = await new ManifestRecords(environment.Blobs)
            .FindAsync(request.TenantId, request.ExportId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.Format, Is.EqualTo("pdf"));
            Assert.That(completed.Artifact.ContentType, Is.EqualTo("application/pdf"));
            Assert.That(completed.Artifact.FileName, Is.EqualTo("Budget.pdf"));
            Assert.That(completed.Artifact.StoragePath, Does.EndWith($"/{request.ExportId}.pdf"));
            Assert.That(completed.ExtraArtifacts?["pdf"], Is.EqualTo(completed.Artifact));
            Assert.That(completed.ResultSummary.SealedPdf?.StoragePath, Is.EqualTo(completed.Artifact.StoragePath));
            Assert.That(completed.ResultSummary.Provenance?.HashScope, Is.EqualTo("foundation"));
            Assert.That(record?.DataHash, Is.EqualTo(completed.ResultSummary.Provenance?.DataHash));
            Assert.That(info["Encrypted"], Does.Contain("AES-256"));
        }
    }

    [Test]
    public async Task PdfAndXlsxShareDataHash()
    {
        renderer = await InProcessRenderer.StartAsync(environment);
        var workbook = await SaveWorkbookAsync();
        var pdfRequest = Request(workbook, ExportFormat.Pdf);
        var xlsxRequest = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(pdfRequest);
        await observer.PublishAsync(xlsxRequest);
        var pdf = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == pdfRequest.ExportId);
        var xlsx = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == xlsxRequest.ExportId);

        Assert.That(pdf.ResultSummary.Provenance?.DataHash, Is.EqualTo(xlsx.ResultSummary.Provenance?.DataHash));
    }

    [Test]
    public async Task PageLimitIsReportedInSummary()
    {
        renderer = await InProcessRenderer.StartAsync(
            environment, new Dictionary<string, string?> { ["Pdf:MaxPages"] = "1" });
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(100, 3)));
        var request = Request(workbook, ExportFormat.Xlsx, new ExportOptions { XlsxSealedPdf = true });

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        var pages = await PdfTools.PagesAsync(await DownloadAsync(completed.ExtraArtifacts!["pdf"]));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.ResultSummary.SealedPdf?.RowsOmitted, Is.EqualTo(100 - 59));
            Assert.That(pages, Has.Count.EqualTo(1));
            Assert.That(pages[0], Does.Contain("41 rows, from row 60 of 'Foundation - Assets' on."));
        }
    }

    [Test]
    public async Task FailedPdfRemovesEveryFile()
    {
        var blobs = environment.Blobs;
        renderer = await InProcessRenderer.StartAsync(
            environment,
            new Dictionary<string, string?> { ["Renderer:RetryLimit"] = "0" },
            services => services.AddSingleton<IBlobStore>(
                new InterceptingBlobStore(blobs, beforeWriteAsync: FailPdfAsync)));
        var workbook = await SaveWorkbookAsync();
        var request = Request(workbook, ExportFormat.Xlsx, new ExportOptions { XlsxSealedPdf = true });

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.RenderFailed));
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
            Assert.That(Directory.Exists(ManifestFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task CancelAfterPdfRemovesEveryFile()
    {
        var blobs = environment.Blobs;
        renderer = await InProcessRenderer.StartAsync(
            environment,
            configureServices: services => services.AddSingleton<IBlobStore>(new InterceptingBlobStore(
                blobs, afterWriteAsync: key => CancelWhenPdfIsStoredAsync(blobs, key))));
        var workbook = await SaveWorkbookAsync();
        var request = Request(workbook, ExportFormat.Xlsx, new ExportOptions { XlsxSealedPdf = true });

        await observer.PublishAsync(request);
        await observer.WaitForAsync<ExportCancelled>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(observer.Recorded<ExportCompleted>(message => message.ExportId == request.ExportId), Is.Empty);
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
            Assert.That(Directory.Exists(ManifestFolder(request)), Is.False);
        }
    }

    private static Task FailPdfAsync(string key) =>
        key.EndsWith(".pdf", StringComparison.Ordinal)
            ? throw new IOException("The test store fails every PDF.")
            : Task.CompletedTask;

    // Writes the cancel marker once the PDF is stored: the job finds it before it publishes its completion.
    private static async Task CancelWhenPdfIsStoredAsync(IBlobStore blobs, string key)
    {
        var parts = key.Split('/');
        if (parts is ["tenants", var tenantId, "exports", var exportId, var fileName]
            && fileName.EndsWith(".pdf", StringComparison.Ordinal))
        {
            await blobs.WriteAsync(
                BlobKeys.CancellationMarker(tenantId, exportId), (_, _) => Task.CompletedTask, CancellationToken.None);
        }
    }

    private Task<StoredWorkbook> SaveWorkbookAsync() => StoredWorkbook.SaveAsync(
        environment.Blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(80, 4)), ("Notes", StoredWorkbook.Grid(3, 2)));

    private async Task<string> DownloadAsync(ExportArtifact artifact)
    {
        var path = folder.File(Path.GetFileName(artifact.StoragePath));
        await using var stored = await environment.Blobs.OpenReadAsync(artifact.StoragePath, CancellationToken.None);
        await using var file = File.Create(path);
        await stored.CopyToAsync(file);

        return path;
    }
}
