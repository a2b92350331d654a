using System.Net;
using System.Text.Json;
using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Api.Exports;

[TestFixture]
public sealed class ListExportsTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task ListPagesNewestFirst()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var ids = await SeedJobsAsync(tenant, Guid.NewGuid().ToString(), ExportJobStatus.Pending, 5);

        using var response = await client.GetAsync("/api/v1/exports?skip=1&limit=2");

        var page = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        var listed = page.GetProperty("items").EnumerateArray().Select(job => job.GetProperty("id").GetString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ApiRequests.PropertyNames(page), Is.EqualTo(new[] { "items", "total", "skip", "limit" }));
            Assert.That(listed, Is.EqualTo(new[] { ids[3], ids[2] }));
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(5));
            Assert.That(page.GetProperty("skip").GetInt32(), Is.EqualTo(1));
            Assert.That(page.GetProperty("limit").GetInt32(), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task ListDefaultsToFiftyFromStart()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        await SeedJobsAsync(tenant, Guid.NewGuid().ToString(), ExportJobStatus.Pending, 52);

        using var response = await client.GetAsync("/api/v1/exports");

        var page = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(50));
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(52));
            Assert.That(page.GetProperty("skip").GetInt32(), Is.Zero);
            Assert.That(page.GetProperty("limit").GetInt32(), Is.EqualTo(50));
        }
    }

    [Test]
    public async Task ListFiltersByWorkbookAndStatus()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var workbookId = Guid.NewGuid().ToString();
        await SeedJobsAsync(tenant, workbookId, ExportJobStatus.Pending, 2);
        var failed = await SeedJobsAsync(tenant, workbookId, ExportJobStatus.Failed, 1);
        await SeedJobsAsync(tenant, Guid.NewGuid().ToString(), ExportJobStatus.Failed, 2);

        using var response = await client.GetAsync($"/api/v1/exports?workbook_id={workbookId}&status=failed");

        var page = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(page.GetProperty("items")[0].GetProperty("id").GetString(), Is.EqualTo(failed[0]));
        }
    }

    [Test]
    public async Task ListShowsOnlyOwnTenant()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        await SeedJobsAsync(TestTokens.NewTenant(), Guid.NewGuid().ToString(), ExportJobStatus.Pending, 3);

        using var response = await client.GetAsync("/api/v1/exports");

        var page = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        Assert.That(page.GetProperty("total").GetInt32(), Is.Zero);
    }

    [TestCase("limit=0", "limit", TestName = "LimitZeroIsRejected")]
    [TestCase("limit=101", "limit", TestName = "LimitAboveHundredIsRejected")]
    [TestCase("limit=ten", "limit", TestName = "NonNumericLimitIsRejected")]
    [TestCase("skip=-1", "skip", TestName = "NegativeSkipIsRejected")]
    [TestCase("status=done", "status", TestName = "UnknownStatusIsRejected")]
    [TestCase("status=PENDING", "status", TestName = "UppercaseStatusIsRejected")]
    [TestCase("workbook_id=42", "workbook_id", TestName = "MalformedWorkbookFilterIsRejected")]
    public async Task InvalidParameterIsNamed(string query, string parameter)
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await client.GetAsync($"/api/v1/exports?{query}");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        var value = query[(query.IndexOf('=') + 1)..];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), Is.True);
            Assert.That(messages.ValueKind == JsonValueKind.Array ? messages[0].GetString() : string.Empty,
                Does.Contain($"'{parameter}' is '{value}'"));
        }
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task LimitBoundsAreAccepted(int limit)
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await client.GetAsync($"/api/v1/exports?limit={limit}");

        var page = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        Assert.That(page.GetProperty("limit").GetInt32(), Is.EqualTo(limit));
    }

    private async Task<string[]> SeedJobsAsync(string tenant, string workbookId, string status, int count)
    {
        var jobs = factory.Services.GetRequiredService<IExportJobStore>();
        var start = DateTimeOffset.UtcNow.AddMinutes(-count);
        var ids = new string[count];
        for (var index = 0; index < count; index++)
        {
            ids[index] = ExportId.New();
            await jobs.TryInsertAsync(new ExportJob
            {
                TenantId = tenant,
                Id = ids[index],
                WorkbookId = workbookId,
                Format = "json",
                Status = status,
                CreatedAt = start.AddSeconds(index),
            }, CancellationToken.None);
        }

        return ids;
    }
}
