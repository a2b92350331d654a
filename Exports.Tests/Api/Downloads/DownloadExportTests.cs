using System.Globalization;
using System.Net;
using Exports.Api.Retention;
using Exports.Storage;
using Exports.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Api.Downloads;

[TestFixture]
public sealed class DownloadExportTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory(new Dictionary<string, string?>
    {
        ["Exports:SweepInterval"] = "01:00:00",
    });

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task CompletedExportIsDownloadable()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant);
        var exportId = job.GetProperty("id").GetString();

        using var response = await client.GetAsync($"/api/v1/exports/{exportId}/download");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(CompletedExports.ArtifactContent));
            Assert.That(response.Content.Headers.ContentType?.MediaType,
                Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("report.xlsx"));
        }
    }

    [Test]
    public async Task CompletedJobShowsDownloadDetails()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);

        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant);

        var exportId = job.GetProperty("id").GetString();
        var summary = job.GetProperty("result_summary");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.True);
            Assert.That(job.GetProperty("download_url").GetString(),
                Is.EqualTo($"http://localhost/api/v1/exports/{exportId}/download"));
            Assert.That(job.GetProperty("file_size_bytes").GetInt64(), Is.EqualTo(5));
            Assert.That(job.GetProperty("expires_at").GetString(), Does.EndWith("Z"));
            Assert.That(job.GetProperty("completed_at").GetString(), Does.EndWith("Z"));
            Assert.That(job.GetProperty("started_at").GetString(), Does.EndWith("Z"));
            Assert.That(job.GetProperty("progress").GetRawText(),
                Is.EqualTo("""{"current":9,"total":9,"message":"Completed","percent":100}"""));
            Assert.That(ApiRequests.PropertyNames(summary), Is.EqualTo(new[]
            {
                "sheet_count", "row_count", "cell_count", "warnings", "provenance", "sealed_pdf",
            }));
            Assert.That(summary.GetProperty("provenance").GetRawText(), Is.EqualTo(
                "{\"manifest_version\":\"cb_hash_v1\",\"hash_scope\":\"foundation\"," +
                $"\"data_hash\":\"sha256:{new string('a', 64)}\"}}"));
        }
    }

    [Test]
    public async Task ExpiryIsCompletionPlusRetention()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var completedAt = new DateTimeOffset(DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour), TimeSpan.Zero);

        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant, completedAt);

        var expiresAt = DateTimeOffset.Parse(job.GetProperty("expires_at").GetString()!, CultureInfo.InvariantCulture);
        Assert.That(expiresAt, Is.EqualTo(completedAt.AddHours(24)));
    }

    [Test]
    public async Task NonAsciiFileNameUsesFilenameStar()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(
            factory, client, tenant, fileName: "Bilanz-Übersicht.xlsx");

        using var response = await client.GetAsync($"/api/v1/exports/{job.GetProperty("id").GetString()}/download");

        var disposition = response.Content.Headers.GetValues("Content-Disposition").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(disposition, Does.StartWith("attachment"));
            Assert.That(disposition, Does.Contain("filename*=UTF-8''Bilanz-%C3%9Cbersicht.xlsx"));
            Assert.That(
                response.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo("Bilanz-Übersicht.xlsx"));
        }
    }

    [Test]
    public async Task SealedPdfIsDownloadable()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant, withPdf: true);

        using var response = await client.GetAsync(
            $"/api/v1/exports/{job.GetProperty("id").GetString()}/download?artifact=pdf");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(CompletedExports.PdfContent));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("report.pdf"));
        }
    }

    [Test]
    public async Task MissingPdfIsNotFound()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant);

        using var response = await client.GetAsync(
            $"/api/v1/exports/{job.GetProperty("id").GetString()}/download?artifact=pdf");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("has no pdf artifact"));
    }

    [TestCase("manifest")]
    [TestCase("PDF")]
    [TestCase("")]
    public async Task UnknownArtifactIsInvalid(string artifact)
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant);

        using var response = await client.GetAsync(
            $"/api/v1/exports/{job.GetProperty("id").GetString()}/download?artifact={artifact}");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("artifact", out _), Is.True);
    }

    [Test]
    public async Task PendingExportDownloadConflicts()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var job = await ApiRequests.CreateJobAsync(client);

        using var response = await client.GetAsync($"/api/v1/exports/{job.GetProperty("id").GetString()}/download");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("is pending"));
    }

    [Test]
    public async Task UnknownExportDownloadIsNotFound()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await client.GetAsync("/api/v1/exports/exp_0123456789abcdefghij/download");

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ExpiredExportIsGone()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(
            factory, client, tenant, DateTimeOffset.UtcNow.AddHours(-25));
        var exportId = job.GetProperty("id").GetString();

        using var response = await client.GetAsync($"/api/v1/exports/{exportId}/download");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Gone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("expired"));
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.False);
            Assert.That(job.GetProperty("download_url").GetString(), Is.Null);
        }
    }

    [Test]
    public async Task SweptExportIsGone()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, events) = await CompletedExports.CompleteAsync(
            factory, client, tenant, DateTimeOffset.UtcNow.AddHours(-25), withPdf: true);
        var blobs = factory.Services.GetRequiredService<IBlobStore>();

        var swept = await factory.Services.GetRequiredService<ArtifactSweeper>().SweepAsync(CancellationToken.None);

        using var response = await client.GetAsync($"/api/v1/exports/{job.GetProperty("id").GetString()}/download");
        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Gone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(swept, Is.GreaterThanOrEqualTo(1));
            Assert.That(await blobs.ExistsAsync(events.ArtifactKey, CancellationToken.None), Is.False);
            Assert.That(await blobs.ExistsAsync(events.PdfKey, CancellationToken.None), Is.False);
        }
    }

    [Test]
    public async Task SweepKeepsUnexpiredArtifacts()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, events) = await CompletedExports.CompleteAsync(factory, client, tenant);
        var blobs = factory.Services.GetRequiredService<IBlobStore>();

        await factory.Services.GetRequiredService<ArtifactSweeper>().SweepAsync(CancellationToken.None);

        using var response = await client.GetAsync($"/api/v1/exports/{job.GetProperty("id").GetString()}/download");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await blobs.ExistsAsync(events.ArtifactKey, CancellationToken.None), Is.True);
        }
    }

    [Test]
    public async Task MissingArtifactFileIsGone()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, events) = await CompletedExports.CompleteAsync(factory, client, tenant);
        await factory.Services.GetRequiredService<IBlobStore>().DeleteAsync(events.ArtifactKey, CancellationToken.None);

        using var response = await client.GetAsync($"/api/v1/exports/{job.GetProperty("id").GetString()}/download");

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Gone);
    }

    [Test]
    public async Task OtherTenantCannotDownload()
    {
        var tenant = TestTokens.NewTenant();
        using var owner = factory.CreateClientFor(tenant);
        using var stranger = factory.CreateClientFor(TestTokens.NewTenant());
        var (job, _) = await CompletedExports.CompleteAsync(factory, owner, tenant);

        using var response = await stranger.GetAsync($"/api/v1/exports/{job.GetProperty("id").GetString()}/download");

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
    }
}
