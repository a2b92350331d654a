using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Exports.Contracts;
using Exports.Storage;
using Exports.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Api.Workbooks;

[TestFixture]
public sealed class WorkbookUploadTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory(new Dictionary<string, string?>
    {
        ["Uploads:ImportTimeout"] = "00:00:01",
    });

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task UploadReturnsCreatedWorkbook()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await ApiRequests.UploadAsync(
            client, "ledger.csv", Encoding.UTF8.GetBytes(ApiRequests.SampleCsv));

        var workbook = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Created);
        var sheet = workbook.GetProperty("sheets")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ApiRequests.PropertyNames(workbook),
                Is.EqualTo(new[] { "id", "name", "source_format", "sheets", "created_at" }));
            Assert.That(ApiRequests.PropertyNames(sheet),
                Is.EqualTo(new[] { "id", "name", "index", "row_count", "column_count", "cell_count" }));
            Assert.That(Guid.TryParseExact(workbook.GetProperty("id").GetString(), "D", out _), Is.True);
            Assert.That(workbook.GetProperty("name").GetString(), Is.EqualTo("ledger.csv"));
            Assert.That(workbook.GetProperty("source_format").GetString(), Is.EqualTo("csv"));
            Assert.That(workbook.GetProperty("sheets").GetArrayLength(), Is.EqualTo(2));
            Assert.That(workbook.GetProperty("created_at").GetString(), Does.EndWith("Z"));
            Assert.That(response.Headers.Location?.ToString(),
                Is.EqualTo($"/api/v1/workbooks/{workbook.GetProperty("id").GetString()}"));
        }
    }

    [Test]
    public async Task UploadStreamsFileIntoBlobStore()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var content = Encoding.UTF8.GetBytes(ApiRequests.SampleCsv);

        var workbook = await ApiRequests.UploadWorkbookAsync(client);

        var stored = await ReadSourceAsync(tenant, workbook.GetProperty("id").GetString()!);
        var sheet = workbook.GetProperty("sheets")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored, Is.EqualTo(content));
            Assert.That(sheet.GetProperty("row_count").GetInt32(), Is.EqualTo(3));
            Assert.That(sheet.GetProperty("cell_count").GetInt64(), Is.EqualTo(content.Length));
        }
    }

    [Test]
    public async Task GetReturnsUploadedWorkbook()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var uploaded = await ApiRequests.UploadWorkbookAsync(client);

        using var response = await client.GetAsync($"/api/v1/workbooks/{uploaded.GetProperty("id").GetString()}");

        var workbook = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.OK);
        Assert.That(workbook.GetRawText(), Is.EqualTo(uploaded.GetRawText()));
    }

    [Test]
    public async Task OtherTenantsWorkbookIsNotFound()
    {
        using var owner = factory.CreateClientFor(TestTokens.NewTenant());
        using var stranger = factory.CreateClientFor(TestTokens.NewTenant());
        var workbook = await ApiRequests.UploadWorkbookAsync(owner);

        using var response = await stranger.GetAsync($"/api/v1/workbooks/{workbook.GetProperty("id").GetString()}");

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Workbook not found"));
    }

    [Test]
    public async Task RejectedFileIsDeletedAndExplained()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);

        using var response = await ApiRequests.UploadAsync(client, "reject-me.xlsx", [1, 2, 3]);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(TestImportResponder.RejectReason));
            Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(),
                Does.Contain(TestImportResponder.RejectReason));
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("corrupt_workbook"));
            Assert.That(Directory.Exists(WorkbooksFolder(tenant)) && Directory.EnumerateFiles(
                WorkbooksFolder(tenant), "*", SearchOption.AllDirectories).Any(), Is.False);
        }
    }

    [Test]
    public async Task EmptyFileIsRejectedWithoutImport()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await ApiRequests.UploadAsync(client, "empty.csv", []);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(), Does.Contain("is empty"));
            Assert.That(factory.Harness.Sent.Select<ImportWorkbook>()
                .Any(sent => sent.Context.Message.FileName == "empty.csv"), Is.False);
        }
    }

    [Test]
    public async Task MissingFilePartIsRejected()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var body = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        using var response = await client.PostAsync("/api/v1/workbooks", body);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(), Does.Contain("no file part"));
    }

    [Test]
    public async Task TwoFilePartsAreRejected()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var body = new MultipartFormDataContent
        {
            { new ByteArrayContent("a,b\n1,2\n"u8.ToArray()), "file", "first.csv" },
            { new ByteArrayContent("c,d\n3,4\n"u8.ToArray()), "file", "second.csv" },
        };

        using var response = await client.PostAsync("/api/v1/workbooks", body);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadRequest);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(), Does.Contain("more than one"));
            Assert.That(Directory.Exists(WorkbooksFolder(tenant)) && Directory.EnumerateFiles(
                WorkbooksFolder(tenant), "*", SearchOption.AllDirectories).Any(), Is.False);
        }
    }

    [Test]
    public async Task RendererFaultGivesBadGateway()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var body = new MultipartFormDataContent
        {
            { new ByteArrayContent("a,b\n1,2\n"u8.ToArray()), "file", $"{TestImportResponder.FaultMarker}.csv" },
        };

        using var response = await client.PostAsync("/api/v1/workbooks", body);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.BadGateway);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("renderer failed"));
            Assert.That(Directory.Exists(WorkbooksFolder(tenant)) && Directory.EnumerateFiles(
                WorkbooksFolder(tenant), "*", SearchOption.AllDirectories).Any(), Is.False);
        }
    }

    [Test]
    public async Task NonMultipartUploadIsUnsupported()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());
        var body = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/workbooks", body);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.UnsupportedMediaType);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("multipart/form-data"));
        }
    }

    [Test]
    public async Task SilentRendererGivesServiceUnavailable()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);

        using var response = await ApiRequests.UploadAsync(client, "silent.csv", Encoding.UTF8.GetBytes("a,b\n"));

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.ServiceUnavailable);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("within 1 seconds"));
            Assert.That(Directory.Exists(WorkbooksFolder(tenant)) && Directory.EnumerateFiles(
                WorkbooksFolder(tenant), "*", SearchOption.AllDirectories).Any(), Is.False);
        }
    }

    [Test]
    public async Task UploadWithoutScopeIsForbidden()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant(), "exports:write", "workbooks:read");

        using var response = await ApiRequests.UploadAsync(client, "ledger.csv", Encoding.UTF8.GetBytes("a\n"));

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.Forbidden);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("workbooks:write"));
    }

    [Test]
    public async Task ReadScopeAllowsGettingWorkbook()
    {
        var tenant = TestTokens.NewTenant();
        using var writer = factory.CreateClientFor(tenant, "workbooks:write");
        using var reader = factory.CreateClientFor(tenant, "workbooks:read");
        var workbook = await ApiRequests.UploadWorkbookAsync(writer);

        using var response = await reader.GetAsync($"/api/v1/workbooks/{workbook.GetProperty("id").GetString()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private string WorkbooksFolder(string tenant) =>
        Path.Combine(factory.DataDirectory, "blobs", "tenants", tenant, "workbooks");

    private async Task<byte[]> ReadSourceAsync(string tenant, string workbookId)
    {
        var blobs = factory.Services.GetRequiredService<IBlobStore>();
        await using var stream = await blobs.OpenReadAsync(BlobKeys.WorkbookSource(tenant, workbookId), default);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        return copy.ToArray();
    }
}
