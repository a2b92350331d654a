namespace Exports.Contracts;

/// <summary>An export finished and its artifact is stored.</summary>
public sealed record ExportCompleted
{
    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>Workbook that was exported.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Output format.</summary>
    public required string Format { get; init; }

    /// <summary>Size of the primary artifact in bytes.</summary>
    public required long FileSizeBytes { get; init; }

    /// <summary>The primary artifact.</summary>
    public required ExportArtifact Artifact { get; init; }

    /// <summary>Further artifacts by name, such as <c>pdf</c> for a sealed PDF; null when there are none.</summary>
    public IReadOnlyDictionary<string, ExportArtifact>? ExtraArtifacts { get; init; }

    /// <summary>What the export contained.</summary>
    public required ExportResultSummary ResultSummary { get; init; }

    /// <summary>When the artifact was stored (UTC).</summary>
    public required DateTimeOffset CompletedAt { get; init; }
}
