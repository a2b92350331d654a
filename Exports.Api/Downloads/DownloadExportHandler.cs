using Exports.Api.Auth;
using Exports.Api.Exports;
using Exports.Api.Problems;
using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Storage;

namespace Exports.Api.Downloads;

/// <summary>
/// <c>GET /api/v1/exports/{export_id}/download[?artifact=pdf]</c>: streams a completed export's artifact with its
/// content type and an attachment file name (with <c>filename*</c> for names beyond ASCII).
/// </summary>
public sealed class DownloadExportHandler(IExportJobStore jobs, IBlobStore blobs, TimeProvider clock)
{
    /// <summary>Name of the sealed PDF among an export's extra artifacts.</summary>
    public const string PdfArtifact = "pdf";

    /// <summary>Handles one download.</summary>
    public async Task<IResult> HandleAsync(string exportId, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var caller = CallerIdentity.From(context.User);
        var query = context.Request.Query;
        string? artifactName = query.ContainsKey("artifact") ? query["artifact"].ToString() : null;
        if (artifactName is not null && artifactName != PdfArtifact)
        {
            return ApiProblems.InvalidField("artifact",
                $"Artifact '{artifactName}' is not supported: use artifact={PdfArtifact}, or leave it out for the " +
                "export itself.");
        }

        var job = await jobs.FindRequestedAsync(caller.TenantId, exportId, cancellationToken);
        if (job is null)
        {
            return ExportProblems.ExportNotFound(exportId);
        }

        if (job.Status != ExportJobStatus.Completed)
        {
            return ApiProblems.Conflict(
                job.Status is ExportJobStatus.Pending or ExportJobStatus.Processing
                    ? $"Export {exportId} is {job.Status}: download it once its status is completed."
                    : $"Export {exportId} is {job.Status}, so it has no file: request a new export.");
        }

        if (!job.IsDownloadableAt(clock.GetUtcNow()))
        {
            return Expired(job);
        }

        var artifact = artifactName is null ? job.Artifact : job.ExtraArtifacts?.GetValueOrDefault(PdfArtifact);
        if (artifact is null)
        {
            return ApiProblems.NotFound("Artifact not found",
                $"Export {exportId} has no {artifactName} artifact: request a pdf export, or an xlsx export with " +
                "options.xlsx_sealed_pdf set to true, to get a sealed PDF.");
        }

        try
        {
            var stream = await blobs.OpenReadAsync(artifact.StoragePath, cancellationToken);

            return TypedResults.File(stream, artifact.ContentType, artifact.FileName, enableRangeProcessing: true);
        }
        catch (BlobNotFoundException)
        {
            return ApiProblems.Gone(
                $"Export {exportId}'s file is no longer stored: request the export again.");
        }
    }

    private static IResult Expired(ExportJob job) => ApiProblems.Gone(
        $"Export {job.Id} expired at {job.ExpiresAt:yyyy-MM-dd'T'HH:mm:ss'Z'} and its files were deleted or are " +
        "about to be: request the export again.");
}
