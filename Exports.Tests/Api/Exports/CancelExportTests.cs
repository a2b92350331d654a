using System.Net;
using Exports.Contracts;
using Exports.Storage;
using Exports.Tests.Api.Support;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Api.Exports;

[TestFixture]
public sealed class CancelExportTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task CancelPendingExportSucceeds()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, _) = await CompletedExports.CreateAsync(factory, client, tenant);

        using var response = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        using var get = await client.GetAsync($"/api/v1/exports/{exportId}");
        var job = await ApiRequests.ReadJsonAsync(get, HttpStatusCode.OK);
        var blobs = factory.Services.GetRequiredService<IBlobStore>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
            Assert.That(job.GetProperty("completed_at").GetString(), Does.EndWith("Z"));
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.False);
            Assert.That(await blobs.ExistsAsync(BlobKeys.CancellationMarker(tenant, exportId), CancellationToken.None),
                Is.True);
            Assert.That(await factory.Harness.Published.Any<CancelExport>(published =>
                published.Context.Message.ExportId == exportId && published.Context.Message.TenantId == tenant),
                Is.True);
        }
    }

    [Test]
    public async Task CancelProcessingExportSucceeds()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);
        await factory.Harness.Bus.Publish(events.Started());
        await ApiRequests.WaitForStatusAsync(client, exportId, "processing");

        using var response = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        var job = await ApiRequests.WaitForStatusAsync(client, exportId, "cancelled");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(job.GetProperty("progress").GetProperty("message").GetString(), Is.EqualTo("Cancelled"));
        }
    }

    [Test]
    public async Task CancelTwiceSucceedsTwice()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, _) = await CompletedExports.CreateAsync(factory, client, tenant);
        using var first = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        using var second = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }
    }

    [Test]
    public async Task CancelCompletedExportConflicts()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (job, _) = await CompletedExports.CompleteAsync(factory, client, tenant);
        var exportId = job.GetProperty("id").GetString();

        using var response = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Conflict);
        var after = await ApiRequests.WaitForStatusAsync(client, exportId!, "completed");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("already completed"));
            Assert.That(after.GetProperty("is_downloadable").GetBoolean(), Is.True);
        }
    }

    [Test]
    public async Task CancelFailedExportConflicts()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var (exportId, events) = await CompletedExports.CreateAsync(factory, client, tenant);
        await factory.Harness.Bus.Publish(events.Failed());
        await ApiRequests.WaitForStatusAsync(client, exportId, "failed");

        using var response = await client.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("already failed"));
    }

    [Test]
    public async Task CancelUnknownExportIsNotFound()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await client.PostAsync("/api/v1/exports/exp_0123456789abcdefghij/cancel", null);

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CancelOtherTenantsExportIsNotFound()
    {
        var tenant = TestTokens.NewTenant();
        using var owner = factory.CreateClientFor(tenant);
        using var stranger = factory.CreateClientFor(TestTokens.NewTenant());
        var (exportId, _) = await CompletedExports.CreateAsync(factory, owner, tenant);

        using var response = await stranger.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        var job = await ApiRequests.WaitForStatusAsync(owner, exportId, "pending");
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("pending"));
    }

    [Test]
    public async Task CancelWithReadScopeIsForbidden()
    {
        var tenant = TestTokens.NewTenant();
        using var owner = factory.CreateClientFor(tenant);
        using var reader = factory.CreateClientFor(tenant, "exports:read");
        var (exportId, _) = await CompletedExports.CreateAsync(factory, owner, tenant);

        using var response = await reader.PostAsync($"/api/v1/exports/{exportId}/cancel", null);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Forbidden);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("exports:write"));
    }
}
