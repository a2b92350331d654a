using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exports.Tests.Api.Support;

namespace Exports.Tests.Api.Exports;

[TestFixture]
public sealed class GetExportTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task GetReturnsCreatedJob()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var created = await ApiRequests.CreateJobAsync(client);

        using var response = await client.GetAsync($"/api/v1/exports/{created.GetProperty("id").GetString()}");

        var job = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        Assert.That(
            JsonNode.DeepEquals(JsonNode.Parse(job.GetRawText()), JsonNode.Parse(created.GetRawText())), Is.True);
    }

    [Test]
    public async Task OtherTenantsExportIsNotFound()
    {
        using var owner = factory.CreateClientFor(TestTokens.NewTenant());
        using var stranger = factory.CreateClientFor(TestTokens.NewTenant());
        var created = await ApiRequests.CreateJobAsync(owner);

        using var response = await stranger.GetAsync($"/api/v1/exports/{created.GetProperty("id").GetString()}");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Export not found"));
    }

    [TestCase("exp_0123456789abcdef0123")]
    [TestCase("not-an-export-id")]
    public async Task UnknownExportIsNotFound(string exportId)
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await client.GetAsync($"/api/v1/exports/{exportId}");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(exportId));
    }

    [Test]
    public async Task FormatsAreListedVerbatim()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant(), "exports:read");
        var expected = JsonNode.Parse(
            """
            [
              {
                "format": "xlsx",
                "name": "Excel Workbook",
                "description": "Microsoft Excel workbook with styles and formatting",
                "mime_type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "extension": ".xlsx",
                "multi_sheet": true
              },
              {
                "format": "csv",
                "name": "CSV",
                "description": "Comma-separated values (multi-sheet exports as ZIP)",
                "mime_type": "text/csv",
                "extension": ".csv",
                "multi_sheet": false,
                "notes": "Single sheet exports to .csv, multiple sheets to .zip"
              },
              {
                "format": "json",
                "name": "JSON",
                "description": "Structured JSON with metadata and all sheets",
                "mime_type": "application/json",
                "extension": ".json",
                "multi_sheet": true
              }
            ]
            """);

        using var response = await client.GetAsync("/api/v1/exports/formats");

        var formats = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(formats.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(formats.GetRawText()), expected), Is.True,
                formats.GetRawText());
        }
    }
}
