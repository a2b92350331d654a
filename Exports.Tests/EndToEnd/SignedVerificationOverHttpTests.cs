using System.Net;
using System.Text.Json;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Signing;
using Exports.Tests.Support.XlsxEditing;

namespace Exports.Tests.EndToEnd;

/// <summary>
/// Signed exports through the gateway and a renderer on the real broker, signing through the test signing
/// service as a separate process, then verified with <c>POST /api/v1/exports/verify</c>.
/// </summary>
[TestFixture]
public sealed class SignedVerificationOverHttpTests
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(2);

    private TestSignerProcess service = null!;
    private TestEnvironment environment = null!;
    private InProcessRenderer renderer = null!;
    private InProcessApi api = null!;
    private ExportsClient client = null!;
    private string workbookId = null!;
    private string signedCopy = null!;
    private string unsignedCopy = null!;

    [OneTimeSetUp]
    public async Task ExportAsync()
    {
        service = await TestSignerProcess.StartAsync();
        environment = await TestEnvironment.CreateAsync();
        renderer = await InProcessRenderer.StartAsync(environment, service.RendererSettings());
        api = await InProcessApi.StartAsync(environment);
        client = new ExportsClient(api.CreateClient("t_signed_auditor"));

        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        workbookId = workbook.GetProperty("id").GetString()!;
        signedCopy = await ExportAndDownloadAsync(signed: true);
        unsignedCopy = await ExportAndDownloadAsync(signed: false);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        client.Http.Dispose();
        await api.DisposeAsync();
        await renderer.DisposeAsync();
        await environment.DisposeAsync();
        await service.DisposeAsync();
    }

    [SetUp]
    public Task BehaveAsync() => service.BehaveAsync(new TestSignerBehaviour());

    [Test]
    public async Task SignedCopyReportsValidSignature()
    {
        var (status, body) = await VerifyAsync(signedCopy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("original"));
            Assert.That(body.GetProperty("hmac_valid").GetBoolean(), Is.True);
            Assert.That(body.GetProperty("signature_valid").GetBoolean(), Is.True);
        }
    }

    [Test]
    public async Task UnsignedCopyReportsNullSignature()
    {
        var (_, body) = await VerifyAsync(unsignedCopy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("original"));
            Assert.That(body.GetProperty("signature_valid").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task EditedSignatureIsInvalidProvenance()
    {
        var edited = XlsxEditor.Load(signedCopy)
            .EditText("customXml/item1.xml", xml => xml.Replace("<value>", "<value>AAAA", StringComparison.Ordinal))
            .Save(Path.Combine(environment.DataDirectory, "edited-signature.xlsx"));

        var (_, body) = await VerifyAsync(edited);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("invalid_provenance"));
            Assert.That(body.GetProperty("hmac_valid").GetBoolean(), Is.False);
        }
    }

    [Test]
    public async Task FailingSignerFailsJob()
    {
        await service.BehaveAsync(new TestSignerBehaviour(FailuresBeforeSuccess: -1));

        var created = await client.CreateExportAsync(Request(signed: true));
        var job = await client.WaitForStatusAsync(created.GetProperty("id").GetString()!, JobTimeout, "completed", "failed");
        var error = job.GetProperty("error_details");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(job.GetProperty("is_downloadable").GetBoolean(), Is.False);
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("signing_failed"));
            Assert.That(error.GetProperty("message").GetString(), Does.Contain(service.Endpoint));
        }
    }

    private object Request(bool signed) => new
    {
        workbook_id = workbookId,
        format = "xlsx",
        options = new { xlsx_signing = signed },
    };

    private async Task<string> ExportAndDownloadAsync(bool signed)
    {
        var created = await client.CreateExportAsync(Request(signed));
        var exportId = created.GetProperty("id").GetString()!;
        var job = await client.WaitForStatusAsync(exportId, JobTimeout, "completed", "failed");
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"), job.ToString());
        using var download = await client.DownloadAsync(exportId);
        var path = Path.Combine(environment.DataDirectory, $"{exportId}.xlsx");
        await File.WriteAllBytesAsync(path, await download.Content.ReadAsByteArrayAsync());

        return path;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> VerifyAsync(string path)
    {
        using var response = await client.PostFileAsync("api/v1/exports/verify", path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

        return (response.StatusCode, body);
    }
}
