using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Exports.Contracts;
using Exports.Tests.Api.Support;
using Exports.Tests.Support.Broker;
using Exports.Tests.Support.Hosting;

namespace Exports.Tests.EndToEnd;

/// <summary>
/// The gateway and a renderer in the test process, on the real broker and a real data directory, driven over
/// HTTP on loopback the way a tenant drives them.
/// </summary>
[TestFixture]
public sealed class PairOverBrokerTests
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(2);

    private TestEnvironment environment = null!;
    private InProcessRenderer? renderer;
    private InProcessApi api = null!;
    private string tenant = null!;
    private ExportsClient client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        environment = await TestEnvironment.CreateAsync();
        renderer = await InProcessRenderer.StartAsync(environment);
        api = await InProcessApi.StartAsync(environment);
        tenant = TestTokens.NewTenant();
        client = new ExportsClient(api.CreateClient(tenant));
    }

    [TearDown]
    public async Task StopAsync()
    {
        client.Http.Dispose();
        await api.DisposeAsync();
        if (renderer is not null)
        {
            await renderer.DisposeAsync();
        }

        await environment.DisposeAsync();
    }

    [Test]
    public async Task UploadListsSheets()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);

        var sheets = workbook.GetProperty("sheets").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.GetProperty("name").GetString(), Is.EqualTo("budget.xlsx"));
            Assert.That(sheets.Select(sheet => sheet.GetProperty("name").GetString()), Is.EqualTo(new[] { "Budget", "Staff" }));
            Assert.That(sheets[0].GetProperty("row_count").GetInt32(), Is.EqualTo(6));
            Assert.That(sheets[0].GetProperty("column_count").GetInt32(), Is.EqualTo(5));
        }
    }

    [TestCase("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "budget.xlsx")]
    [TestCase("csv", "application/zip", "budget.zip")]
    [TestCase("json", "application/json", "budget.json")]
    [TestCase("pdf", "application/pdf", "budget.pdf")]
    public async Task ExportCompletesAndDownloads(string format, string contentType, string fileName)
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var created = await client.CreateExportAsync(new { workbook_id = Id(workbook), format });

        var job = await client.WaitForStatusAsync(Id(created), JobTimeout, "completed", "failed");
        using var download = await client.DownloadAsync(Id(job));
        var bytes = await download.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"), job.ToString());
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.True);
            Assert.That(job.GetProperty("progress").GetProperty("percent").GetInt32(), Is.EqualTo(100));
            Assert.That(job.GetProperty("file_size_bytes").GetInt64(), Is.EqualTo(bytes.Length));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
            Assert.That(download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo(fileName));
            Assert.That(
                job.GetProperty("result_summary").GetProperty("provenance").GetProperty("manifest_version").GetString(),
                Is.EqualTo("cb_hash_v1"));
        }
    }

    [Test]
    public async Task SealedPdfDownloadsAsPdf()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var created = await client.CreateExportAsync(
            new { workbook_id = Id(workbook), format = "xlsx", options = new { xlsx_sealed_pdf = true } });

        var job = await client.WaitForStatusAsync(Id(created), JobTimeout, "completed", "failed");
        using var download = await client.DownloadAsync(Id(job), "pdf");
        var bytes = await download.Content.ReadAsByteArrayAsync();

        var sealedPdf = job.GetProperty("result_summary").GetProperty("sealed_pdf");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"), job.ToString());
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("budget.pdf"));
            Assert.That(bytes[..5], Is.EqualTo("%PDF-"u8.ToArray()));
            Assert.That(sealedPdf.GetProperty("storage_path").GetString(), Does.EndWith($"/{Id(job)}.pdf"));
            Assert.That(sealedPdf.GetProperty("rows_omitted").GetInt64(), Is.Zero);
        }
    }

    [Test]
    public async Task MissingPdfArtifactIsNotFound()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var created = await client.CreateExportAsync(new { workbook_id = Id(workbook), format = "xlsx" });

        var job = await client.WaitForStatusAsync(Id(created), JobTimeout, "completed", "failed");
        using var download = await client.DownloadAsync(Id(job), "pdf");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"), job.ToString());
            Assert.That(
                job.GetProperty("result_summary").GetProperty("sealed_pdf").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task CsvExportKeepsLargeNumberExactly()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var budgetSheet = workbook.GetProperty("sheets")[0].GetProperty("id").GetString();
        var created = await client.CreateExportAsync(new { workbook_id = Id(workbook), format = "csv", sheet_ids = new[] { budgetSheet } });

        await client.WaitForStatusAsync(Id(created), JobTimeout, "completed");
        using var download = await client.DownloadAsync(Id(created));
        var text = await download.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(text, Does.Contain("Legal,2026-07-01,3200010730102020,FALSE,Large value kept exactly"));
        }
    }

    [Test]
    public async Task ExportWaitsUntilRendererStarts()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        await renderer!.DisposeAsync();
        renderer = null;

        var created = await client.CreateExportAsync(new { workbook_id = Id(workbook), format = "json" });
        await Task.Delay(TimeSpan.FromSeconds(2));
        var waiting = await client.GetExportAsync(Id(created));
        renderer = await InProcessRenderer.StartAsync(environment);
        var job = await client.WaitForStatusAsync(Id(created), JobTimeout, "completed", "failed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(waiting.GetProperty("status").GetString(), Is.EqualTo("pending"));
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"));
        }
    }

    [Test]
    public async Task CancelStopsRunningExport()
    {
        var source = Path.Combine(environment.DataDirectory, "large.csv");
        await WriteLargeCsvAsync(source, rows: 300_000);
        var workbook = await client.UploadAsync(source);
        var created = await client.CreateExportAsync(new { workbook_id = Id(workbook), format = "xlsx" });
        await client.WaitForStatusAsync(Id(created), JobTimeout, "processing");

        using var cancel = await client.Http.PostAsync($"api/v1/exports/{Id(created)}/cancel", null);
        var job = await client.GetExportAsync(Id(created));
        using var download = await client.DownloadAsync(Id(created));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var later = await client.GetExportAsync(Id(created));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(later.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
            Assert.That(later.GetProperty("is_downloadable").GetBoolean(), Is.False);
        }
    }

    [Test]
    public async Task PublishedRequestAppearsAsJob()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        await using var observer = await BrokerObserver.StartAsync(environment);
        var exportId = ExportId.New();

        await observer.PublishAsync(new ExportRequested
        {
            ExportId = exportId,
            TenantId = tenant,
            WorkbookId = Id(workbook),
            Format = ExportFormat.Csv,
            RequestedAt = DateTimeOffset.UtcNow,
            RequestedBy = "billing-service",
        });
        var job = await WaitForJobAsync(exportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"));
            Assert.That(job.GetProperty("workbook_id").GetString(), Is.EqualTo(Id(workbook)));
        }
    }

    [Test]
    public async Task OtherTenantSeesNothing()
    {
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var created = await client.CreateExportAsync(new { workbook_id = Id(workbook), format = "json" });
        await client.WaitForStatusAsync(Id(created), JobTimeout, "completed");
        using var other = api.CreateClient(TestTokens.NewTenant());

        using var get = await other.GetAsync($"api/v1/exports/{Id(created)}");
        using var download = await other.GetAsync($"api/v1/exports/{Id(created)}/download");
        using var export = await other.PostAsync(
            "api/v1/exports",
            JsonContent(new { workbook_id = Id(workbook), format = "csv" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    private async Task<JsonElement> WaitForJobAsync(string exportId)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.Http.GetAsync($"api/v1/exports/{exportId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (job.GetProperty("status").GetString() is "completed" or "failed")
                {
                    return job;
                }
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Export {exportId} did not reach a final status within {JobTimeout.TotalSeconds:0} s.");
        return default;
    }

    private static async Task WriteLargeCsvAsync(string path, int rows)
    {
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("id,name,amount,region,note");
        for (var row = 1; row <= rows; row++)
        {
            await writer.WriteLineAsync($"{row},Item {row},{row * 1.25},Region {row % 7},Note for row {row}");
        }
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static string Id(JsonElement body) => body.GetProperty("id").GetString()!;
}
