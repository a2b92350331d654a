using System.Net;
using System.Text.Json;
using Exports.Contracts;
using Exports.Storage;
using Exports.Tests.Api.Support;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Api.Projection;

/// <summary>Status events published on the bus, consumed from the gateway's queue and read back through HTTP.</summary>
[TestFixture]
public sealed class StatusProjectionTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task StartedMovesPendingToProcessing()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);

        await factory.Harness.Bus.Publish(events.Started());

        var job = await ApiRequests.WaitForStatusAsync(client, exportId, "processing");
        Assert.That(job.GetProperty("started_at").GetString(), Does.EndWith("Z"));
    }

    [Test]
    public async Task LateStartedKeepsCompleted()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, events) = await CompletedExports.CompleteAsync(factory, client, tenant);
        var exportId = job.GetProperty("id").GetString()!;

        await PublishAndWaitAsync(events.Started());

        var after = await GetJobAsync(client, exportId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("completed"));
            Assert.That(after.GetProperty("is_downloadable").GetBoolean(), Is.True);
        }
    }

    [Test]
    public async Task DuplicateCompletedKeepsFirst()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var firstCompletion = DateTimeOffset.UtcNow.AddMinutes(-5);
        var (job, events) = await CompletedExports.CompleteAsync(factory, client, tenant, firstCompletion);

        await PublishAndWaitAsync(events.Completed(DateTimeOffset.UtcNow) with { FileSizeBytes = 999 });

        var after = await GetJobAsync(client, job.GetProperty("id").GetString()!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.GetProperty("file_size_bytes").GetInt64(), Is.EqualTo(5));
            Assert.That(
                after.GetProperty("completed_at").GetString(), Is.EqualTo(job.GetProperty("completed_at").GetString()));
        }
    }

    [Test]
    public async Task ProgressPercentNeverDecreases()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);
        await factory.Harness.Bus.Publish(events.Progressed(60, "Rendering sheet 2 of 2"));
        await ApiRequests.WaitForJobAsync(
            client, exportId, job => job.GetProperty("progress").GetProperty("percent").GetInt32() == 60);

        await PublishAndWaitAsync(events.Progressed(30, "Rendering sheet 1 of 2"));

        var progress = (await GetJobAsync(client, exportId)).GetProperty("progress");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.GetProperty("percent").GetInt32(), Is.EqualTo(60));
            Assert.That(progress.GetProperty("message").GetString(), Is.EqualTo("Rendering sheet 2 of 2"));
            Assert.That(progress.GetProperty("current").GetInt64(), Is.EqualTo(60));
            Assert.That(progress.GetProperty("total").GetInt64(), Is.EqualTo(100));
        }
    }

    [Test]
    public async Task ProgressMovesPendingToProcessing()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);

        await factory.Harness.Bus.Publish(events.Progressed(10));

        var job = await ApiRequests.WaitForStatusAsync(client, exportId, "processing");
        Assert.That(job.GetProperty("progress").GetProperty("percent").GetInt32(), Is.EqualTo(10));
    }

    [Test]
    public async Task CompletedAfterCancelDeletesArtifacts()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);
        using var cancel = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);
        var blobs = factory.Services.GetRequiredService<IBlobStore>();
        await CompletedExports.WriteAsync(blobs, events.ArtifactKey, CompletedExports.ArtifactContent);
        await CompletedExports.WriteAsync(blobs, events.PdfKey, CompletedExports.PdfContent);

        await PublishAndWaitAsync(events.Completed(withPdf: true));

        var job = await GetJobAsync(client, exportId);
        using var download = await client.GetAsync($"/api/v1/exports/{exportId}/download");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.False);
            Assert.That(job.GetProperty("file_size_bytes").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(await blobs.ExistsAsync(events.ArtifactKey, CancellationToken.None), Is.False);
            Assert.That(await blobs.ExistsAsync(events.PdfKey, CancellationToken.None), Is.False);
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }
    }

    [Test]
    public async Task FailedRecordsErrorDetails()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);

        await factory.Harness.Bus.Publish(events.Failed());

        var job = await ApiRequests.WaitForStatusAsync(client, exportId, "failed");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("error_details").GetRawText(), Is.EqualTo(
                """{"code":"render_failed","message":"The renderer ran out of memory.","field":null}"""));
            Assert.That(job.GetProperty("completed_at").GetString(), Does.EndWith("Z"));
        }
    }

    [Test]
    public async Task RendererCancelledMarksCancelled()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);

        await factory.Harness.Bus.Publish(events.Cancelled());

        await ApiRequests.WaitForStatusAsync(client, exportId, "cancelled");
    }

    [Test]
    public async Task StartedForUnknownJobCreatesIt()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var exportId = ExportId.New();
        var workbookId = Guid.NewGuid().ToString();

        await factory.Harness.Bus.Publish(new StatusEvents(tenant, exportId, workbookId, "json").Started());

        var job = await ApiRequests.WaitForStatusAsync(client, exportId, "processing");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("workbook_id").GetString(), Is.EqualTo(workbookId));
            Assert.That(job.GetProperty("format").GetString(), Is.EqualTo("json"));
        }
    }

    [Test]
    public async Task CompletedForUnknownJobCreatesIt()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var events = new StatusEvents(tenant, ExportId.New(), Guid.NewGuid().ToString());
        await CompletedExports.WriteAsync(
            factory.Services.GetRequiredService<IBlobStore>(), events.ArtifactKey, CompletedExports.ArtifactContent);

        await factory.Harness.Bus.Publish(events.Completed());

        var job = await ApiRequests.WaitForJobAsync(client, events.Completed().ExportId,
            candidate => candidate.GetProperty("status").GetString() == "completed");
        Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.True);
    }

    [Test]
    public async Task ProgressForUnknownJobIsIgnored()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var exportId = ExportId.New();

        await PublishAndWaitAsync(new StatusEvents(tenant, exportId, Guid.NewGuid().ToString()).Progressed(50));

        using var response = await client.GetAsync($"/api/v1/exports/{exportId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task BrokerRequestCreatesPendingJob()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var exportId = ExportId.New();
        var requestedAt = DateTimeOffset.UtcNow.AddSeconds(-3);

        await factory.Harness.Bus.Publish(new ExportRequested
        {
            ExportId = exportId,
            TenantId = tenant,
            WorkbookId = Guid.NewGuid().ToString(),
            Format = "csv",
            RequestedAt = requestedAt,
            RequestedBy = "billing-service",
        });

        var job = await ApiRequests.WaitForStatusAsync(client, exportId, "pending");
        Assert.That(job.GetProperty("progress").GetProperty("message").GetString(), Is.EqualTo("Queued"));
    }

    [Test]
    public async Task LateRequestKeepsProgress()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var exportId = ExportId.New();
        var workbookId = Guid.NewGuid().ToString();
        var events = new StatusEvents(tenant, exportId, workbookId);
        await factory.Harness.Bus.Publish(events.Started());
        await ApiRequests.WaitForStatusAsync(client, exportId, "processing");

        await PublishAndWaitAsync(new ExportRequested
        {
            ExportId = exportId,
            TenantId = tenant,
            WorkbookId = workbookId,
            Format = "xlsx",
            RequestedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        });

        var job = await GetJobAsync(client, exportId);
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("processing"));
    }

    private async Task PublishAndWaitAsync<T>(T message) where T : class
    {
        var expected = JsonSerializer.Serialize(message);

        await factory.Harness.Bus.Publish(message);

        var consumed = await factory.Harness.Consumed.Any<T>(
            context => JsonSerializer.Serialize(context.Context.Message) == expected);
        Assert.That(consumed, Is.True, $"{typeof(T).Name} was not consumed.");
    }

    private static async Task<JsonElement> GetJobAsync(HttpClient client, string exportId)
    {
        using var response = await client.GetAsync($"/api/v1/exports/{exportId}");

        return await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
    }
}
