namespace Exports.Storage;

/// <summary>
/// Blob store over a local folder. Writes go to a temporary file beside the target and are renamed into place,
/// so a reader never sees a half-written blob and a crash leaves only a temporary file behind.
/// </summary>
public sealed class FileSystemBlobStore(string rootDirectory) : IBlobStore
{
    private const string TemporarySuffix = ".partial";

    private readonly string root = Path.GetFullPath(rootDirectory);

    /// <inheritdoc />
    public async Task<long> WriteAsync(
        string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporaryPath = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";

        try
        {
            long size;
            await using (var stream = new FileStream(
                temporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                size = stream.Length;
            }

            File.Move(temporaryPath, path, overwrite: true);

            return size;
        }
        catch
        {
            DeleteTemporary(temporaryPath);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

            return Task.FromResult(stream);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BlobNotFoundException(key);
        }
    }

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathOf(key)));

    /// <inheritdoc />
    public Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(key));

        return Task.FromResult(file.Exists ? file.Length : (long?)null);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var path = PathOf(prefix);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Removes a temporary file after a failed write. Its folder may be gone already, such as when a cancelled
    /// export's folder was deleted while it was being written, and that must not hide the original failure.
    /// </summary>
    private static void DeleteTemporary(string temporaryPath)
    {
        try
        {
            File.Delete(temporaryPath);
        }
        catch (DirectoryNotFoundException)
        {
            // The folder and everything in it are gone, the temporary file included.
        }
    }

    private string PathOf(string key)
    {
        var segments = key.Split('/');
        if (segments.Length == 0 || !segments.All(BlobKeys.IsValidSegment))
        {
            throw new ArgumentException(
                $"Blob key '{key}' is invalid: use '/'-separated segments of letters, digits, '.', '_' or '-'.",
                nameof(key));
        }

        return Path.Combine([root, .. segments]);
    }
}
