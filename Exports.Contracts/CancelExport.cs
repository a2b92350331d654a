namespace Exports.Contracts;

/// <summary>Tells every renderer to stop an export; it is published, so each renderer instance receives it.</summary>
public sealed record CancelExport
{
    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>When the cancel was requested (UTC).</summary>
    public required DateTimeOffset RequestedAt { get; init; }
}
