namespace Exports.Contracts;

/// <summary>Progress of a running export. Renderers publish it at most every 500 ms per export.</summary>
public sealed record ExportProgressed
{
    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>Units of work done, in cells.</summary>
    public required long Current { get; init; }

    /// <summary>Units of work in all, in cells.</summary>
    public required long Total { get; init; }

    /// <summary>Percent done, 0 to 100, never lower than an earlier event of the same export.</summary>
    public required int Percent { get; init; }

    /// <summary>Short human-readable stage, such as <c>Rendering sheet 2 of 3</c>.</summary>
    public required string Message { get; init; }

    /// <summary>When the progress was measured (UTC).</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
