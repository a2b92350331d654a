using Exports.Api.ReadModel;
using Microsoft.AspNetCore.Http.Extensions;

namespace Exports.Api.Exports;

/// <summary>Builds job bodies, with the download URL taken from the request's scheme, host and path base.</summary>
public sealed class ExportJobResponseFactory(TimeProvider clock)
{
    /// <summary>Returns the body of <paramref name="job"/> as seen now.</summary>
    public ExportJobResponse Create(ExportJob job, HttpRequest request)
    {
        var downloadable = job.IsDownloadableAt(clock.GetUtcNow());

        // NOTE: forwarded headers are not applied, so behind a reverse proxy the URL names the host and scheme the
        // proxy used to reach the gateway, not the ones the client used.
        var downloadUrl = downloadable
            ? UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, DownloadPath(job.Id))
            : null;

        return new ExportJobResponse(
            job.Id,
            job.WorkbookId,
            job.Format,
            job.Status,
            job.FileSizeBytes,
            downloadUrl,
            job.ExpiresAt,
            job.Progress,
            job.ResultSummary,
            job.Error,
            job.CreatedAt,
            job.StartedAt,
            job.CompletedAt,
            downloadable);
    }

    /// <summary>Returns the path of an export's resource.</summary>
    public static string ExportPath(string exportId) => $"/api/v1/exports/{exportId}";

    private static string DownloadPath(string exportId) => $"{ExportPath(exportId)}/download";
}
