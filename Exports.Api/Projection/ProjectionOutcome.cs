using Exports.Api.ReadModel;
using Exports.Contracts;

namespace Exports.Api.Projection;

/// <summary>What applying one event or command to a job decided.</summary>
public sealed record ProjectionOutcome
{
    /// <summary>The job to store; null when nothing changes.</summary>
    public ExportJob? Next { get; init; }

    /// <summary>Why nothing changes, for the debug log; null when <see cref="Next"/> is set.</summary>
    public string? SkipReason { get; init; }

    /// <summary>
    /// Artifacts to delete besides everything under the export's folder; null when nothing is deleted. An empty
    /// list still deletes the folder.
    /// </summary>
    public IReadOnlyList<ExportArtifact>? ArtifactsToDelete { get; init; }

    /// <summary>Stores <paramref name="job"/>.</summary>
    public static ProjectionOutcome Write(ExportJob job, IReadOnlyList<ExportArtifact>? artifactsToDelete = null) =>
        new() { Next = job, ArtifactsToDelete = artifactsToDelete };

    /// <summary>Changes nothing.</summary>
    public static ProjectionOutcome Skip(string reason, IReadOnlyList<ExportArtifact>? artifactsToDelete = null) =>
        new() { SkipReason = reason, ArtifactsToDelete = artifactsToDelete };
}
