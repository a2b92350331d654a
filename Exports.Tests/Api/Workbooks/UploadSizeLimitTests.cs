using System.Net;
using System.Net.Http.Headers;
using Exports.Contracts;
using Exports.Tests.Api.Support;

namespace Exports.Tests.Api.Workbooks;

[TestFixture]
public sealed class UploadSizeLimitTests
{
    private const int MaxBytes = 1024;

    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void StartHost() => factory = new ApiFactory(new Dictionary<string, string?>
    {
        ["Uploads:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [OneTimeTearDown]
    public void StopHost() => factory.Dispose();

    [Test]
    public async Task LargeContentLengthIsRejectedUpFront()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await ApiRequests.UploadAsync(client, "huge.csv", new byte[200 * 1024]);

        var problem = await ApiRequests.ReadJsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("1024 bytes"));
            Assert.That(ImportsOf("huge.csv"), Is.Zero);
        }
    }

    [Test]
    public async Task FileOneByteOverLimitIsRejected()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);

        using var response = await ApiRequests.UploadAsync(client, "over.csv", new byte[MaxBytes + 1]);

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ImportsOf("over.csv"), Is.Zero);
            Assert.That(StoredFilesOf(tenant), Is.Empty);
        }
    }

    [Test]
    public async Task ChunkedUploadOverLimitIsRejected()
    {
        var tenant = TestTokens.NewTenant();
        using var client = factory.CreateClientFor(tenant);
        var file = new StreamContent(new UnknownLengthStream(new byte[50 * 1024]));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var body = new MultipartFormDataContent { { file, "file", "chunked.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/workbooks") { Content = body };
        request.Headers.TransferEncodingChunked = true;
        Assert.That(body.Headers.ContentLength, Is.Null);

        using var response = await client.SendAsync(request);

        await ApiRequests.ReadJsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ImportsOf("chunked.csv"), Is.Zero);
            Assert.That(StoredFilesOf(tenant), Is.Empty);
        }
    }

    [Test]
    public async Task FileAtLimitIsAccepted()
    {
        using var client = factory.CreateClientFor(TestTokens.NewTenant());

        using var response = await ApiRequests.UploadAsync(client, "exact.csv", new byte[MaxBytes]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private int ImportsOf(string fileName) =>
        factory.Harness.Sent.Select<ImportWorkbook>().Count(sent => sent.Context.Message.FileName == fileName);

    private string[] StoredFilesOf(string tenant)
    {
        var folder = Path.Combine(factory.DataDirectory, "blobs", "tenants", tenant);

        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    /// <summary>A readable stream that cannot tell its length, so the client sends the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
