using Microsoft.Extensions.Options;

namespace Exports.Storage;

/// <summary>
/// Checks at start-up that <c>Storage__DataDirectory</c> names a folder the service can create and write, since
/// the blob store (and the gateway's read model) live there.
/// </summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            return ValidateOptionsResult.Fail(
                "Configuration key 'Storage__DataDirectory' is empty: set it to a writable folder.");
        }

        try
        {
            Directory.CreateDirectory(options.DataDirectory);
            Directory.CreateDirectory(options.BlobDirectory);
            var probe = Path.Combine(options.DataDirectory, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);

            return ValidateOptionsResult.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or ArgumentException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail(
                $"Configuration key 'Storage__DataDirectory' is invalid: folder '{options.DataDirectory}' cannot be " +
                $"created or written ({exception.Message}). Set it to a writable folder.");
        }
    }
}
