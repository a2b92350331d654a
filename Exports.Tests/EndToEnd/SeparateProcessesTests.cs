using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Exports.Tests.Api.Support;
using Exports.Tests.Support.Hosting;

namespace Exports.Tests.EndToEnd;

/// <summary>
/// The gateway and a renderer as two separate processes, started with <c>dotnet</c> from their own build output
/// and configured only through environment variables, as an operator runs them.
/// </summary>
[TestFixture]
public sealed class SeparateProcessesTests
{
    [Test]
    public async Task WorkbookExportsAcrossProcesses()
    {
        await using var environment = await TestEnvironment.CreateAsync();
        var variables = environment.EnvironmentVariables();
        variables["Auth__SigningKey"] = TestTokens.SigningKey;
        var apiAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var rendererAddress = new Uri($"http://127.0.0.1:{FreePort()}/");

        await using var renderer = ServiceProcess.Start(
            RepositoryPaths.ServiceAssembly("Exports.Renderer"), ["--urls", rendererAddress.ToString()], variables);
        await using var api = ServiceProcess.Start(
            RepositoryPaths.ServiceAssembly("Exports.Api"), ["--urls", apiAddress.ToString()], variables);
        await WaitReadyAsync(rendererAddress, renderer);
        await WaitReadyAsync(apiAddress, api);

        using var http = new HttpClient { BaseAddress = apiAddress, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("t_process"));
        var client = new ExportsClient(http);
        var workbook = await client.UploadAsync(RepositoryPaths.SampleWorkbook);
        var created = await client.CreateExportAsync(new { workbook_id = workbook.GetProperty("id").GetString(), format = "xlsx" });
        var job = await client.WaitForStatusAsync(
            created.GetProperty("id").GetString()!, TimeSpan.FromMinutes(2), "completed", "failed");
        using var download = await client.DownloadAsync(job.GetProperty("id").GetString()!);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("completed"), api.Output + renderer.Output);
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bytes[..2], Is.EqualTo("PK"u8.ToArray()));
            Assert.That(bytes, Has.Length.EqualTo(job.GetProperty("file_size_bytes").GetInt64()));
        }
    }

    private static async Task WaitReadyAsync(Uri address, ServiceProcess process)
    {
        try
        {
            await ReadyProbe.WaitAsync(address, TimeSpan.FromSeconds(90));
        }
        catch (AssertionException)
        {
            TestContext.Out.WriteLine(process.Output);
            throw;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
