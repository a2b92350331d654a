using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Exports.Tests.Api.Support;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.XlsxEditing;

namespace Exports.Tests.EndToEnd;

/// <summary>
/// <c>POST /api/v1/exports/verify</c> through the gateway, which hands the copy to a renderer over the real broker.
/// </summary>
[TestFixture]
public sealed class VerificationOverHttpTests
{
    private TestEnvironment environment = null!;
    private InProcessRenderer renderer = null!;
    private InProcessApi api = null!;
    private ExportsClient client = null!;
    private string exported = null!;
    private string exportId = null!;

    [OneTimeSetUp]
    public async Task ExportAsync()
    {
        environment = await TestEnvironment.CreateAsync();
        renderer = await InProcessRenderer.StartAsync(environment);
        api = await InProcessApi.StartAsync(environment, new Dictionary<string, string?> { ["Verification:MaxBytes"] = "200000" });
        client = new ExportsClient(api.CreateClient("t_auditor"));

        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var created = await client.CreateExportAsync(new { workbook_id = workbook.GetProperty("id").GetString(), format = "xlsx" });
        exportId = created.GetProperty("id").GetString()!;
        await client.WaitForStatusAsync(exportId, TimeSpan.FromMinutes(2), "completed");
        using var download = await client.DownloadAsync(exportId);
        exported = Path.Combine(environment.DataDirectory, "copy.xlsx");
        await File.WriteAllBytesAsync(exported, await download.Content.ReadAsByteArrayAsync());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        client.Http.Dispose();
        await api.DisposeAsync();
        await renderer.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Test]
    public async Task DownloadedCopyIsOriginal()
    {
        using var response = await client.PostFileAsync("api/v1/exports/verify", exported);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("original"));
            Assert.That(body.GetProperty("export_id").GetString(), Is.EqualTo(exportId));
            Assert.That(body.GetProperty("tenant_id").GetString(), Is.EqualTo("t_auditor"));
            Assert.That(body.GetProperty("hmac_valid").GetBoolean(), Is.True);
            Assert.That(body.GetProperty("manifest_version").GetString(), Is.EqualTo("cb_hash_v1"));
            Assert.That(body.GetProperty("hash_scope").GetString(), Is.EqualTo("foundation"));
            Assert.That(body.GetProperty("data_hash").GetString(), Is.EqualTo(body.GetProperty("expected_hash").GetString()));
            Assert.That(body.GetProperty("diffs").GetArrayLength(), Is.Zero);
            Assert.That(body.GetProperty("diffs_truncated").GetBoolean(), Is.False);
        }
    }

    [Test]
    public async Task ChangedCopyNamesCell()
    {
        var changed = XlsxEditor.Load(exported).SetNumber("Foundation - Budget", "C3", "480251.75")
            .Save(Path.Combine(environment.DataDirectory, "changed.xlsx"));

        using var response = await client.PostFileAsync("api/v1/exports/verify", changed);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var diff = body.GetProperty("diffs")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("modified"));
            Assert.That(body.GetProperty("diffs").GetArrayLength(), Is.EqualTo(1));
            Assert.That(diff.GetProperty("sheet").GetString(), Is.EqualTo("Foundation - Budget"));
            Assert.That(diff.GetProperty("cell").GetString(), Is.EqualTo("C3"));
            Assert.That(diff.GetProperty("status").GetString(), Is.EqualTo("modified"));
        }
    }

    [Test]
    public async Task OtherTenantGetsForbidden()
    {
        using var http = api.CreateClient("t_intruder");

        using var response = await new ExportsClient(http).PostFileAsync("api/v1/exports/verify", exported);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task TextFileIsBadRequest()
    {
        var path = Path.Combine(environment.DataDirectory, "notes.txt");
        await File.WriteAllTextAsync(path, "not a workbook");

        using var response = await client.PostFileAsync("api/v1/exports/verify", path);
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body, Does.Contain("not a ZIP package"));
        }
    }

    [Test]
    public async Task EmptyFileIsBadRequest()
    {
        var path = Path.Combine(environment.DataDirectory, "empty.xlsx");
        await File.WriteAllBytesAsync(path, []);

        using var response = await client.PostFileAsync("api/v1/exports/verify", path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task LargeFileIsTooLarge()
    {
        var path = Path.Combine(environment.DataDirectory, "large.xlsx");
        await File.WriteAllBytesAsync(path, new byte[300_000]);

        using var response = await client.PostFileAsync("api/v1/exports/verify", path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task MissingTokenIsUnauthorized()
    {
        using var anonymous = new HttpClient { BaseAddress = api.Address };
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(exported)), "file", "copy.xlsx" } };

        using var response = await anonymous.PostAsync("api/v1/exports/verify", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task JsonBodyIsUnsupported()
    {
        using var content = new StringContent("{}", new MediaTypeHeaderValue("application/json"));

        using var response = await client.Http.PostAsync("api/v1/exports/verify", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }
}
