namespace Exports.Api.Workbooks;

/// <summary>Limits of workbook uploads, section <c>Uploads</c>.</summary>
public sealed class UploadOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Uploads";

    /// <summary>
    /// Room allowed for the multipart envelope (boundaries, part headers, other fields) on top of
    /// <see cref="MaxBytes"/> when the whole request body is limited.
    /// </summary>
    public const long MultipartEnvelopeBytes = 64 * 1024;

    /// <summary>Largest accepted file, in bytes. Default 100 MiB.</summary>
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>How long an upload waits for a renderer to import the file. Default 60 seconds.</summary>
    public TimeSpan ImportTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest accepted request body: the file plus the multipart envelope.</summary>
    public long MaxRequestBytes => MaxBytes + MultipartEnvelopeBytes;
}
