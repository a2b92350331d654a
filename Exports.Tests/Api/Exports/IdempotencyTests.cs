using System.Net;
using System.Text;
using Exports.Contracts;
using Exports.Tests.Api.Support;

namespace Exports.Tests.Api.Exports;

[TestFixture]
public sealed class IdempotencyTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task SameKeyReturnsSameJob()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var body = await BodyForNewWorkbookAsync(client);
        var key = Guid.NewGuid().ToString();

        using var first = await ApiRequests.CreateExportAsync(client, body, key);
        using var second = await ApiRequests.CreateExportAsync(client, body, key);

        var firstJob = await ApiRequests.ReadJsonAsync(first, HttpStatusCode.Accepted);
        var secondJob = await ApiRequests.ReadJsonAsync(second, HttpStatusCode.Accepted);
        var exportId = firstJob.GetProperty("id").GetString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(secondJob.GetProperty("id").GetString(), Is.EqualTo(exportId));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(await TotalJobsAsync(client), Is.EqualTo(1));
            Assert.That(await PublishedCountAsync(exportId!), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ReformattedBodyCountsAsSame()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(client);
        var workbookId = workbook.GetProperty("id").GetString()!;
        var key = Guid.NewGuid().ToString();
        var compact =
            $"{{\"workbook_id\":\"{workbookId}\",\"format\":\"csv\",\"options\":{{\"csv_delimiter\":\";\"}}}}";
        var reordered = $"{{ \"options\": {{ \"csv_delimiter\": \";\", \"xlsx_signing\": null }},\n" +
            $"  \"format\": \"csv\", \"workbook_id\": \"{workbookId.ToUpperInvariant()}\" }}";

        using var first = await PostRawAsync(client, compact, key);
        using var second = await PostRawAsync(client, reordered, key);

        var firstJob = await ApiRequests.ReadJsonAsync(first, HttpStatusCode.Accepted);
        var secondJob = await ApiRequests.ReadJsonAsync(second, HttpStatusCode.Accepted);
        Assert.That(secondJob.GetProperty("id").GetString(), Is.EqualTo(firstJob.GetProperty("id").GetString()));
    }

    [Test]
    public async Task SameKeyOtherBodyConflicts()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(client);
        var workbookId = workbook.GetProperty("id").GetString();
        var key = Guid.NewGuid().ToString();
        using var first = await ApiRequests.CreateExportAsync(
            client, new { workbook_id = workbookId, format = "xlsx" }, key);
        var job = await ApiRequests.ReadJsonAsync(first, HttpStatusCode.Accepted);

        using var second = await ApiRequests.CreateExportAsync(
            client, new { workbook_id = workbookId, format = "csv" }, key);

        var problem = await ApiRequests.ReadJsonAsync(second, HttpStatusCode.Conflict);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(job.GetProperty("id").GetString()));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("different request"));
            Assert.That(await TotalJobsAsync(client), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SameKeyOtherTenantIsIndependent()
    {
        using var first = factory.CreateClientFor(TestTokens.NewTenant());
        using var second = factory.CreateClientFor(TestTokens.NewTenant());
        var key = Guid.NewGuid().ToString();
        using var firstResponse = await ApiRequests.CreateExportAsync(first, await BodyForNewWorkbookAsync(first), key);

        using var secondResponse = await ApiRequests.CreateExportAsync(
            second, await BodyForNewWorkbookAsync(second), key);

        var firstJob = await ApiRequests.ReadJsonAsync(firstResponse, HttpStatusCode.Accepted);
        var secondJob = await ApiRequests.ReadJsonAsync(secondResponse, HttpStatusCode.Accepted);
        Assert.That(secondJob.GetProperty("id").GetString(), Is.Not.EqualTo(firstJob.GetProperty("id").GetString()));
    }

    [Test]
    public async Task ConcurrentSameKeyCreatesOneJob()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var body = await BodyForNewWorkbookAsync(client);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => ApiRequests.CreateExportAsync(client, body, key)));

        var ids = new List<string>();
        foreach (var response in responses)
        {
            using (response)
            {
                var job = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Accepted);
                ids.Add(job.GetProperty("id").GetString()!);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(await TotalJobsAsync(client), Is.EqualTo(1));
            Assert.That(await PublishedCountAsync(ids[0]), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task OverlongKeyIsRejected()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var body = await BodyForNewWorkbookAsync(client);

        using var response = await ApiRequests.CreateExportAsync(client, body, new string('k', 256));

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), Is.True);
            Assert.That(await TotalJobsAsync(client), Is.Zero);
        }
    }

    [Test]
    public async Task LongestKeyIsAccepted()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var body = await BodyForNewWorkbookAsync(client);

        using var response = await ApiRequests.CreateExportAsync(client, body, new string('k', 255));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    private static async Task<object> BodyForNewWorkbookAsync(HttpClient client)
    {
        var workbook = await ApiRequests.UploadWorkbookAsync(client);

        return new { workbook_id = workbook.GetProperty("id").GetString(), format = "xlsx" };
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/exports")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);

        return client.SendAsync(request);
    }

    private static async Task<int> TotalJobsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/exports");

        return (await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK)).GetProperty("total").GetInt32();
    }

    private async Task<int> PublishedCountAsync(string exportId)
    {
        await factory.Harness.Published.Any<ExportRequested>(
            published => published.Context.Message.ExportId == exportId);

        return factory.Harness.Published.Select<ExportRequested>()
            .Count(published => published.Context.Message.ExportId == exportId);
    }
}
