namespace Exports.Api.ReadModel;

/// <summary>
/// Statuses of an export job. A job only moves forward: pending, processing, then one terminal status
/// (completed, failed or cancelled) that never changes again.
/// </summary>
public static class ExportJobStatus
{
    /// <summary>Queued; no renderer has reported on it yet.</summary>
    public const string Pending = "pending";

    /// <summary>A renderer is producing it.</summary>
    public const string Processing = "processing";

    /// <summary>The artifact is stored and, until it expires, downloadable.</summary>
    public const string Completed = "completed";

    /// <summary>Rendering failed for good.</summary>
    public const string Failed = "failed";

    /// <summary>Cancelled before it completed.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Every status.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Processing, Completed, Failed, Cancelled];

    /// <summary>Returns whether a status is final.</summary>
    public static bool IsTerminal(string status) => status is Completed or Failed or Cancelled;

    /// <summary>
    /// Returns the statuses a job may have before a write that leaves it in <paramref name="status"/>: an earlier
    /// status, or the same one. A terminal status is only ever followed by itself.
    /// </summary>
    public static IReadOnlyList<string> AllowedBefore(string status) => status switch
    {
        Pending => [Pending],
        Processing => [Pending, Processing],
        Completed or Failed or Cancelled => [Pending, Processing, status],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown export job status."),
    };
}
