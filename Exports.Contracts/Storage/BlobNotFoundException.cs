namespace Exports.Storage;

/// <summary>Thrown when a blob key names no stored blob.</summary>
public sealed class BlobNotFoundException(string key)
    : Exception($"Blob '{key}' was not found in the blob store.")
{
    /// <summary>The key that was looked up.</summary>
    public string Key { get; } = key;
}
