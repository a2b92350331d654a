using System.ComponentModel.DataAnnotations;

namespace Exports.Renderer.Verification;

/// <summary>Settings of export verification, section <c>Verification</c>.</summary>
public sealed class VerificationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Verification";

    /// <summary>
    /// Maximum number of differences listed in one verdict; the rest are cut and <c>diffs_truncated</c> is set.
    /// Default 1000.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Configuration key 'Verification__MaxDiffs' must be from 1 to 100000.")]
    public int MaxDiffs { get; set; } = 1000;
}
