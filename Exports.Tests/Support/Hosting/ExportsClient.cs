using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Exports.Tests.Support.Hosting;

/// <summary>Calls the gateway's HTTP API the way a tenant would, for end-to-end tests.</summary>
public sealed class ExportsClient(HttpClient http)
{
    /// <summary>The underlying client.</summary>
    public HttpClient Http => http;

    /// <summary>Uploads a file as multipart field <c>file</c> and returns the workbook; fails unless 201.</summary>
    public async Task<JsonElement> UploadAsync(string path)
    {
        using var response = await PostFileAsync("api/v1/workbooks", path);

        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    /// <summary>Posts a file as multipart field <c>file</c> to <paramref name="route"/>.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string route, string path)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", Path.GetFileName(path));

        return await http.PostAsync(route, content);
    }

    /// <summary>Requests an export and returns the job body; fails unless 202.</summary>
    public async Task<JsonElement> CreateExportAsync(object request)
    {
        using var response = await http.PostAsJsonAsync("api/v1/exports", request);

        return await ExpectAsync(response, HttpStatusCode.Accepted);
    }

    /// <summary>Returns the job, failing unless 200.</summary>
    public async Task<JsonElement> GetExportAsync(string exportId)
    {
        using var response = await http.GetAsync($"api/v1/exports/{exportId}");

        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Polls a job until its status is one of <paramref name="statuses"/>; fails after the timeout.</summary>
    public async Task<JsonElement> WaitForStatusAsync(string exportId, TimeSpan timeout, params string[] statuses)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await GetExportAsync(exportId);
            var status = job.GetProperty("status").GetString();
            if (statuses.Contains(status))
            {
                return job;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Export {exportId} is still '{status}' after {timeout.TotalSeconds:0} s: {job}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Downloads an export's artifact.</summary>
    public Task<HttpResponseMessage> DownloadAsync(string exportId, string? artifact = null) =>
        http.GetAsync(artifact is null
            ? $"api/v1/exports/{exportId}/download"
            : $"api/v1/exports/{exportId}/download?artifact={artifact}");

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
