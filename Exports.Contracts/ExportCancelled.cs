namespace Exports.Contracts;

/// <summary>An export was cancelled; any partial file of it is removed.</summary>
public sealed record ExportCancelled
{
    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>
    /// When the renderer stopped work on it, or when the cancel was accepted if no renderer had it (UTC).
    /// </summary>
    public required DateTimeOffset CancelledAt { get; init; }
}
