namespace Exports.Api.Workbooks;

/// <summary>An upload went past its size limit while it was being read.</summary>
public sealed class UploadTooLargeException(long limitBytes)
    : Exception($"The upload exceeds the limit of {limitBytes} bytes.")
{
    /// <summary>The limit that was exceeded, in bytes.</summary>
    public long LimitBytes { get; } = limitBytes;
}
