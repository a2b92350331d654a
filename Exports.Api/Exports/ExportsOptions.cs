namespace Exports.Api.Exports;

/// <summary>Settings of export jobs, section <c>Exports</c>.</summary>
public sealed class ExportsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Exports";

    /// <summary>Time from completion until the artifacts expire (<c>expires_at</c>). Default 24 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Time between two runs of the sweeper that deletes expired artifacts. Default 5 minutes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a request waits for the broker to accept a published message before the gateway gives up with
    /// 503. Default 15 seconds.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
