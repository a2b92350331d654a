namespace Exports.Api.Retention;

/// <summary>How long export artifacts stay downloadable, section <c>Exports</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Exports";

    /// <summary>Time from completion until the artifacts expire (<c>expires_at</c>). Default 24 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Time between two runs of the sweeper that deletes expired artifacts. Default 5 minutes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
