namespace Exports.Contracts;

/// <summary>A file an export produced, as stored in the blob store.</summary>
public sealed record ExportArtifact
{
    /// <summary>Blob store key of the file.</summary>
    public required string StoragePath { get; init; }

    /// <summary>MIME type served with the download.</summary>
    public required string ContentType { get; init; }

    /// <summary>File name offered in the download's <c>Content-Disposition</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>Size in bytes.</summary>
    public required long SizeBytes { get; init; }
}
