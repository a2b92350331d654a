using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Exports.Tests.Api.Support;

/// <summary>Requests the API tests send often, with their responses read as JSON.</summary>
public static class ApiRequests
{
    /// <summary>Content of the CSV file uploaded when a test needs any workbook: three lines.</summary>
    public const string SampleCsv = "name,amount,currency\nalpha,1,EUR\nbeta,2,USD\n";

    /// <summary>Uploads <paramref name="content"/> as multipart field <c>file</c>.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var body = new MultipartFormDataContent { { file, "file", fileName } };

        return client.PostAsync("/api/v1/workbooks", body);
    }

    /// <summary>
    /// Uploads the sample CSV and returns the created workbook; fails the test unless it was created.
    /// </summary>
    public static async Task<JsonElement> UploadWorkbookAsync(HttpClient client, string fileName = "ledger.csv")
    {
        using var response = await UploadAsync(client, fileName, Encoding.UTF8.GetBytes(SampleCsv));

        return await ReadJsonAsync(response, HttpStatusCode.Created);
    }

    /// <summary>Posts an export request with an optional idempotency key.</summary>
    public static Task<HttpResponseMessage> CreateExportAsync(
        HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/exports") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>
    /// Creates an xlsx export of a new workbook and returns the job; fails the test unless it was accepted.
    /// </summary>
    public static async Task<JsonElement> CreateJobAsync(HttpClient client)
    {
        var workbook = await UploadWorkbookAsync(client);
        using var response = await CreateExportAsync(
            client, new { workbook_id = workbook.GetProperty("id").GetString(), format = "xlsx" });

        return await ReadJsonAsync(response, HttpStatusCode.Accepted);
    }

    /// <summary>Reads a JSON body after checking the status code, showing the body when the status differs.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Returns the job's body once <paramref name="condition"/> holds, polling for up to 10 seconds.</summary>
    public static async Task<JsonElement> WaitForJobAsync(
        HttpClient client, string exportId, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await client.GetAsync($"/api/v1/exports/{exportId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var job = await ReadJsonAsync(response, HttpStatusCode.OK);
                if (condition(job))
                {
                    return job;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Export {exportId} did not reach the expected state within 10 seconds.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Returns the job's body once its status is <paramref name="status"/>.</summary>
    public static Task<JsonElement> WaitForStatusAsync(HttpClient client, string exportId, string status) =>
        WaitForJobAsync(client, exportId, job => job.GetProperty("status").GetString() == status);

    /// <summary>Returns the names of a JSON object's properties, in order.</summary>
    public static string[] PropertyNames(JsonElement element) =>
        [.. element.EnumerateObject().Select(property => property.Name)];
}
