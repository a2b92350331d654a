namespace Exports.Storage;

/// <summary>
/// Blob store shared by the gateway and the renderers: workbook sources, normalised cell streams,
/// export artifacts, uploads under verification and manifest records. Keys are slash-separated
/// segments of letters, digits, <c>.</c>, <c>_</c> and <c>-</c>.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Writes a blob atomically: <paramref name="write"/> fills a temporary blob that becomes visible under
    /// <paramref name="key"/> only when it returns; when it throws, nothing is left behind.
    /// </summary>
    /// <returns>The size of the blob in bytes.</returns>
    Task<long> WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken);

    /// <summary>Opens a blob for reading; throws <see cref="BlobNotFoundException"/> when it does not exist.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Returns whether a blob exists.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Returns the size of a blob in bytes, or null when it does not exist.</summary>
    Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes a blob; deleting a missing blob is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes every blob whose key starts with <paramref name="prefix"/> followed by a slash.</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken);
}
