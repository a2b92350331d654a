using Exports.Contracts;

namespace Exports.Api.ReadModel;

/// <summary>An export job as the read model stores it, owned by one tenant.</summary>
public sealed record ExportJob
{
    /// <summary>Tenant that owns the job.</summary>
    public required string TenantId { get; init; }

    /// <summary>Export id.</summary>
    public required string Id { get; init; }

    /// <summary>Workbook being exported.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Output format.</summary>
    public required string Format { get; init; }

    /// <summary>One of <see cref="ExportJobStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Requested sheet ids; null when every sheet was requested.</summary>
    public IReadOnlyList<string>? SheetIds { get; init; }

    /// <summary>Requested format options; null for the defaults.</summary>
    public ExportOptions? Options { get; init; }

    /// <summary>Subject of the token, or the service, that requested the export.</summary>
    public string? RequestedBy { get; init; }

    /// <summary>The client's <c>Idempotency-Key</c>; null when the request had none.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Hash of the normalised request, compared when the same idempotency key comes again.</summary>
    public string? RequestHash { get; init; }

    /// <summary>Size of the primary artifact once completed.</summary>
    public long? FileSizeBytes { get; init; }

    /// <summary>Latest progress.</summary>
    public ExportProgress Progress { get; init; } = ExportProgress.Queued;

    /// <summary>The primary artifact once completed.</summary>
    public ExportArtifact? Artifact { get; init; }

    /// <summary>Further artifacts by name, such as <c>pdf</c>.</summary>
    public IReadOnlyDictionary<string, ExportArtifact>? ExtraArtifacts { get; init; }

    /// <summary>What a completed export contained.</summary>
    public ExportResultSummary? ResultSummary { get; init; }

    /// <summary>Why the export failed.</summary>
    public ExportError? Error { get; init; }

    /// <summary>When the export was requested.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a renderer started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it reached its terminal status: completed, failed or cancelled.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When the artifacts stop being downloadable: completion time plus the retention period.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When the retention sweeper deleted the artifacts.</summary>
    public DateTimeOffset? ArtifactsDeletedAt { get; init; }

    /// <summary>Write counter; every update must name the version it replaces.</summary>
    public long Version { get; init; }

    /// <summary>Returns the primary artifact, if any, and then every further artifact.</summary>
    public IEnumerable<ExportArtifact> EnumerateArtifacts()
    {
        if (Artifact is not null)
        {
            yield return Artifact;
        }

        foreach (var artifact in ExtraArtifacts?.Values ?? [])
        {
            yield return artifact;
        }
    }

    /// <summary>Returns whether the artifacts can be downloaded at <paramref name="now"/>.</summary>
    public bool IsDownloadableAt(DateTimeOffset now) =>
        Status == ExportJobStatus.Completed && Artifact is not null && ArtifactsDeletedAt is null
        && ExpiresAt is { } expiresAt && now < expiresAt;
}
