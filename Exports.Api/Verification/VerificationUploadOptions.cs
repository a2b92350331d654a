namespace Exports.Api.Verification;

/// <summary>Limits of verification uploads, section <c>Verification</c>.</summary>
public sealed class VerificationUploadOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Verification";

    /// <summary>Largest accepted file, in bytes. Default 100 MiB.</summary>
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>How long a verification waits for a renderer's verdict. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
