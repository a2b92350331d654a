namespace Exports.Api.ReadModel;

/// <summary>How far an export job has come.</summary>
/// <param name="Current">Units of work done.</param>
/// <param name="Total">Units of work in all; 0 while unknown.</param>
/// <param name="Message">Short human-readable stage.</param>
/// <param name="Percent">Percent done, 0 to 100; it never decreases.</param>
public sealed record ExportProgress(long Current, long Total, string Message, int Percent)
{
    /// <summary>Progress of a job no renderer has reported on.</summary>
    public static ExportProgress Queued { get; } = new(0, 0, "Queued", 0);
}
