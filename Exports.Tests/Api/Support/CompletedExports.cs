using System.Text;
using System.Text.Json;
using Exports.Storage;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Exports.Tests.Api.Support;

/// <summary>
/// Creates exports and completes them the way a renderer would: artifacts stored, then an event published.
/// </summary>
public static class CompletedExports
{
    /// <summary>Content of the primary artifact.</summary>
    public static readonly byte[] ArtifactContent = Encoding.ASCII.GetBytes("PK-ok");

    /// <summary>Content of the sealed PDF.</summary>
    public static readonly byte[] PdfContent = Encoding.ASCII.GetBytes("%PDF");

    /// <summary>Creates an export and returns its id with the events of its renderer.</summary>
    public static async Task<(string ExportId, StatusEvents Events)> CreateAsync(
        ApiFactory factory, HttpClient client, string tenant)
    {
        var job = await ApiRequests.CreateJobAsync(client);
        var exportId = job.GetProperty("id").GetString()!;

        return (exportId, new StatusEvents(tenant, exportId, job.GetProperty("workbook_id").GetString()!));
    }

    /// <summary>Creates an export, stores its artifacts and completes it; returns the completed job.</summary>
    public static async Task<(JsonElement Job, StatusEvents Events)> CompleteAsync(
        ApiFactory factory,
        HttpClient client,
        string tenant,
        DateTimeOffset? completedAt = null,
        bool withPdf = false,
        string fileName = "report.xlsx")
    {
        var (exportId, events) = await CreateAsync(factory, client, tenant);
        var blobs = factory.Services.GetRequiredService<IBlobStore>();
        await WriteAsync(blobs, events.ArtifactKey, ArtifactContent);
        if (withPdf)
        {
            await WriteAsync(blobs, events.PdfKey, PdfContent);
        }

        await factory.Harness.Bus.Publish(events.Completed(completedAt, withPdf, fileName));
        var completed = await ApiRequests.WaitForStatusAsync(client, exportId, "completed");

        return (completed, events);
    }

    /// <summary>Writes a blob with the given content.</summary>
    public static Task WriteAsync(IBlobStore blobs, string key, byte[] content) =>
        blobs.WriteAsync(key, (stream, token) => stream.WriteAsync(content, token).AsTask(), CancellationToken.None);
}
