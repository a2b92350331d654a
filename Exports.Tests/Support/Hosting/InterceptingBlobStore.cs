using Exports.Storage;

namespace Exports.Tests.Support.Hosting;

/// <summary>
/// A blob store that runs test code around each write of another store, to make a fault or a cancellation
/// happen at one exact step of a job.
/// </summary>
/// <param name="inner">The store that keeps the blobs.</param>
/// <param name="beforeWriteAsync">Runs with the key before each write; an exception it throws fails the write.</param>
/// <param name="afterWriteAsync">Runs with the key after each write that succeeded.</param>
public sealed class InterceptingBlobStore(
    IBlobStore inner, Func<string, Task>? beforeWriteAsync = null, Func<string, Task>? afterWriteAsync = null)
    : IBlobStore
{
    /// <inheritdoc />
    public async Task<long> WriteAsync(
        string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (beforeWriteAsync is not null)
        {
            await beforeWriteAsync(key);
        }

        var size = await inner.WriteAsync(key, write, cancellationToken);
        if (afterWriteAsync is not null)
        {
            await afterWriteAsync(key);
        }

        return size;
    }

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        inner.OpenReadAsync(key, cancellationToken);

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        inner.ExistsAsync(key, cancellationToken);

    /// <inheritdoc />
    public Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken) =>
        inner.GetSizeAsync(key, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, cancellationToken);

    /// <inheritdoc />
    public Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken) =>
        inner.DeletePrefixAsync(prefix, cancellationToken);
}
