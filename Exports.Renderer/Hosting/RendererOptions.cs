using System.ComponentModel.DataAnnotations;

namespace Exports.Renderer.Hosting;

/// <summary>Settings of a renderer instance, section <c>Renderer</c>.</summary>
public sealed class RendererOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Renderer";

    /// <summary>
    /// Exports this instance renders at once; further requests wait in the shared queue for any instance.
    /// Default 2.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Configuration key 'Renderer__MaxConcurrentExports' must be from 1 to 64.")]
    public int MaxConcurrentExports { get; set; } = 2;

    /// <summary>
    /// Name of this instance in <c>ExportStarted</c> and in the name of its cancel queue, such as the pod name.
    /// Default: the machine name with a random suffix.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$",
        ErrorMessage =
            "Configuration key 'Renderer__InstanceName' is invalid: use up to 100 letters, digits, '.', '_' or '-'.")]
    public string InstanceName { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Shortest time between two progress events of one export. Default and minimum 500 ms.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often a running export checks the blob store for a cancel marker, which reaches it even when the
    /// cancel command went to another instance. Default 2 seconds.
    /// </summary>
    public TimeSpan CancellationPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Retries of an export that failed for an unexpected reason before it is reported failed. Default 2.
    /// </summary>
    [Range(0, 10, ErrorMessage = "Configuration key 'Renderer__RetryLimit' must be from 0 to 10.")]
    public int RetryLimit { get; set; } = 2;
}
