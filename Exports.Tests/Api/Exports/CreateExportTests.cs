using System.Net;
using System.Text;
using System.Text.Json;
using Exports.Contracts;
using Exports.Tests.Api.Support;
using MassTransit.Testing;

namespace Exports.Tests.Api.Exports;

[TestFixture]
public sealed class CreateExportTests
{
    private static readonly string[] JobFields =
    [
        "id", "workbook_id", "format", "status", "file_size_bytes", "download_url", "expires_at", "progress",
        "result_summary", "error_details", "created_at", "started_at", "completed_at", "is_downloadable",
    ];

    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task CreateReturnsPendingJob()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(client);
        var workbookId = workbook.GetProperty("id").GetString();

        using var response = await ApiRequests.CreateExportAsync(
            client, new { workbook_id = workbookId, format = "xlsx" });

        var job = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Accepted);
        var progress = job.GetProperty("progress");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ApiRequests.PropertyNames(job), Is.EqualTo(JobFields));
            Assert.That(job.GetProperty("id").GetString(), Does.Match("^exp_[a-z0-9]{16,}$"));
            Assert.That(job.GetProperty("workbook_id").GetString(), Is.EqualTo(workbookId));
            Assert.That(job.GetProperty("format").GetString(), Is.EqualTo("xlsx"));
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("pending"));
            Assert.That(job.GetProperty("file_size_bytes").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(job.GetProperty("download_url").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(job.GetProperty("expires_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(
                progress.GetRawText(), Is.EqualTo("""{"current":0,"total":0,"message":"Queued","percent":0}"""));
            Assert.That(job.GetProperty("result_summary").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(job.GetProperty("error_details").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(
                job.GetProperty("created_at").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"));
            Assert.That(job.GetProperty("started_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(job.GetProperty("completed_at").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.False);
            Assert.That(response.Headers.Location?.ToString(),
                Is.EqualTo($"/api/v1/exports/{job.GetProperty("id").GetString()}"));
        }
    }

    [Test]
    public async Task CreatePublishesExportRequested()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var workbook = await ApiRequests.UploadWorkbookAsync(client);
        var workbookId = workbook.GetProperty("id").GetString()!;
        var sheetId = workbook.GetProperty("sheets")[1].GetProperty("id").GetString()!;

        using var response = await ApiRequests.CreateExportAsync(client, new
        {
            workbook_id = workbookId,
            format = "csv",
            sheet_ids = new[] { sheetId },
            options = new { csv_delimiter = ";", sanitize_pii = false },
        });

        var job = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Accepted);
        var exportId = job.GetProperty("id").GetString();
        Assert.That(await factory.Harness.Published.Any<ExportRequested>(
            published => published.Context.Message.ExportId == exportId), Is.True);
        var message = factory.Harness.Published.Select<ExportRequested>()
            .Single(published => published.Context.Message.ExportId == exportId).Context.Message;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.TenantId, Is.EqualTo(tenant));
            Assert.That(message.WorkbookId, Is.EqualTo(workbookId));
            Assert.That(message.Format, Is.EqualTo("csv"));
            Assert.That(message.SheetIds, Is.EqualTo(new[] { sheetId }));
            Assert.That(message.Options?.CsvDelimiter, Is.EqualTo(";"));
            Assert.That(message.Options?.SanitizePii, Is.False);
            Assert.That(message.Options?.XlsxThreeZone, Is.Null);
            Assert.That(message.RequestedBy, Is.EqualTo("test-user"));
            Assert.That(message.RequestedAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        }
    }

    [Test]
    public async Task PdfFormatIsAccepted()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(client);

        using var response = await ApiRequests.CreateExportAsync(
            client, new { workbook_id = workbook.GetProperty("id").GetString(), format = "pdf" });

        var job = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Accepted);
        var exportId = job.GetProperty("id").GetString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("format").GetString(), Is.EqualTo("pdf"));
            Assert.That(await factory.Harness.Published.Any<ExportRequested>(published =>
                published.Context.Message.ExportId == exportId && published.Context.Message.Format == "pdf"), Is.True);
        }
    }

    [TestCase("{\"format\": \"xlsx\"}", "workbook_id", "is missing", TestName = "MissingWorkbookIdIsNamed")]
    [TestCase("{\"workbook_id\": \"abc\", \"format\": \"xlsx\"}", "workbook_id", "'abc' is invalid",
        TestName = "MalformedWorkbookIdIsNamed")]
    [TestCase("{\"workbook_id\": 7, \"format\": \"xlsx\"}", "workbook_id", "must be a string",
        TestName = "NumericWorkbookIdIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\"}", "format", "is missing", TestName = "MissingFormatIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"docx\"}", "format", "'docx' is not supported",
        TestName = "UnknownFormatIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"XLSX\"}", "format", "'XLSX' is not supported",
        TestName = "UppercaseFormatIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": true}", "format", "must be a string",
        TestName = "BooleanFormatIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"sheet_ids\": \"all\"}", "sheet_ids",
        "must be an array", TestName = "SheetIdsStringIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"sheet_ids\": [\"s1\"]}", "sheet_ids[0]",
        "'s1' is invalid", TestName = "MalformedSheetIdIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"sheet_ids\": [3]}", "sheet_ids[0]",
        "must be a string", TestName = "NumericSheetIdIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"options\": {\"xlsx_colour\": true}}",
        "options.xlsx_colour", "is unknown", TestName = "UnknownOptionIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"options\": {\"xlsx_three_zone\": \"yes\"}}",
        "options.xlsx_three_zone", "must be a boolean", TestName = "StringBooleanOptionIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"csv\", \"options\": {\"csv_delimiter\": 44}}",
        "options.csv_delimiter", "must be a string", TestName = "NumericDelimiterIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"csv\", \"options\": {\"csv_delimiter\": \"ab\"}}",
        "options.csv_delimiter", "'ab' is invalid", TestName = "LongDelimiterIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"csv\", \"options\": {\"csv_encoding\": \"ebcdic\"}}",
        "options.csv_encoding", "'ebcdic' is not supported", TestName = "UnknownEncodingIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"options\": {\"redaction_strategy\": \"blur\"}}",
        "options.redaction_strategy", "'blur' is invalid", TestName = "UnknownRedactionIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"options\": [1]}", "options", "must be an object",
        TestName = "OptionsArrayIsNamed")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"xlsx\", \"priority\": 1}", "priority",
        "is not part of an export request", TestName = "UnknownFieldIsNamed")]
    [TestCase("{\"workbook_id\": ", "body", "not valid JSON", TestName = "TruncatedJsonIsRejected")]
    [TestCase("[]", "body", "is an array", TestName = "ArrayBodyIsRejected")]
    [TestCase("{\"workbook_id\": \"{W}\", \"format\": \"bogus\", \"format\": \"csv\"}", "body",
        "Duplicate property 'format'", TestName = "DuplicateFieldIsRejected")]
    public async Task InvalidRequestNamesField(string body, string field, string messagePart)
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var json = body.Replace("{W}", Guid.NewGuid().ToString());
        var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/exports", content);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Invalid request"));
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out var messages), Is.True,
                problem.GetRawText());
            Assert.That(messages.ValueKind == JsonValueKind.Array ? messages[0].GetString() : string.Empty,
                Does.Contain(messagePart));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(messagePart));
            Assert.That(await TotalJobsAsync(client), Is.Zero);
        }
    }

    [Test]
    public async Task SheetOfOtherWorkbookIsNamed()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(client);
        var strangerSheet = Guid.NewGuid().ToString();

        using var response = await ApiRequests.CreateExportAsync(client, new
        {
            workbook_id = workbook.GetProperty("id").GetString(),
            format = "xlsx",
            sheet_ids = new[] { workbook.GetProperty("sheets")[0].GetProperty("id").GetString(), strangerSheet },
        });

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("sheet_ids[1]")[0].GetString(),
            Does.Contain($"'{strangerSheet}' is not a sheet of workbook"));
    }

    [Test]
    public async Task UnknownWorkbookIsNotFound()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await ApiRequests.CreateExportAsync(
            client, new { workbook_id = Guid.NewGuid().ToString(), format = "json" });

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Workbook not found"));
    }

    [Test]
    public async Task OtherTenantsWorkbookIsNotFound()
    {
        using var owner = factory.CreateClientFor(TestTokens.NewTenant());
        using var stranger = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(owner);

        using var response = await ApiRequests.CreateExportAsync(
            stranger, new { workbook_id = workbook.GetProperty("id").GetString(), format = "xlsx" });

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Workbook not found"));
    }

    [Test]
    public async Task ReadOnlyTokenMayNotExport()
    {
        var tenant = TestTokens.NewTenant();
        using var writer = factory.CreateClientFor(tenant);
        using var reader = factory.CreateClientFor(tenant, "exports:read", "workbooks:read");
        var workbook = await ApiRequests.UploadWorkbookAsync(writer);

        using var response = await ApiRequests.CreateExportAsync(
            reader, new { workbook_id = workbook.GetProperty("id").GetString(), format = "xlsx" });

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Forbidden);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Access denied"));
            Assert.That(
                problem.GetProperty("detail").GetString(), Does.StartWith("Not authorized to export this workbook"));
        }
    }

    [Test]
    public async Task FormBodyIsUnsupported()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["format"] = "xlsx" });

        using var response = await client.PostAsync("/api/v1/exports", content);

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    private static async Task<int> TotalJobsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/exports");
        var page = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);

        return page.GetProperty("total").GetInt32();
    }
}
