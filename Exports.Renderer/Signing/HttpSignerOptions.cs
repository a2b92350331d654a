namespace Exports.Renderer.Signing;

/// <summary>The signing service, section <c>Signing:Http</c>.</summary>
public sealed class HttpSignerOptions
{
    /// <summary>Absolute <c>http</c> or <c>https</c> URL the signing requests are posted to. Default none.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Maximum time of one attempt, from 100 ms to 10 minutes. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Maximum time of one signature, every attempt and the delays between them included. It is at least
    /// <see cref="Timeout"/> and at most one hour. Default 40 seconds.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>
    /// Retries after a timeout, a connection failure or a response of HTTP 408, 429 or 5xx, from 0 to 10.
    /// Default 2.
    /// </summary>
    public int RetryCount { get; set; } = 2;

    /// <summary>
    /// Delay before the first retry, doubled for each further one, with random jitter; at most one minute.
    /// Default 500 ms.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
