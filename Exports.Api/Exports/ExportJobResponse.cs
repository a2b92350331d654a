using Exports.Api.ReadModel;
using Exports.Contracts;

namespace Exports.Api.Exports;

/// <summary>The body of an export job, fields in the documented order.</summary>
/// <param name="Id">Export id.</param>
/// <param name="WorkbookId">Workbook being exported.</param>
/// <param name="Format">Output format.</param>
/// <param name="Status">One of pending, processing, completed, failed, cancelled.</param>
/// <param name="FileSizeBytes">Size of the artifact once completed.</param>
/// <param name="DownloadUrl">Absolute URL of the download while it is downloadable, else null.</param>
/// <param name="ExpiresAt">When the artifacts stop being downloadable.</param>
/// <param name="Progress">Latest progress.</param>
/// <param name="ResultSummary">What a completed export contained.</param>
/// <param name="ErrorDetails">Why a failed export failed.</param>
/// <param name="CreatedAt">When the export was requested.</param>
/// <param name="StartedAt">When a renderer started it.</param>
/// <param name="CompletedAt">When it reached its terminal status.</param>
/// <param name="IsDownloadable">Whether the download endpoint serves it now.</param>
public sealed record ExportJobResponse(
    string Id,
    string WorkbookId,
    string Format,
    string Status,
    long? FileSizeBytes,
    string? DownloadUrl,
    DateTimeOffset? ExpiresAt,
    ExportProgress Progress,
    ExportResultSummary? ResultSummary,
    ExportError? ErrorDetails,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    bool IsDownloadable);
