using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Exports.Storage;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Provenance.Keys;

/// <summary>
/// Builds the key ring from configuration. With no key configured, the embedded default generates one on first
/// start and keeps it under the data directory, so restarts and every renderer sharing that directory keep
/// verifying. It logs a warning that such a key is for development only.
/// </summary>
public static partial class ProvenanceKeyRingFactory
{
    /// <summary>Id of the generated development key.</summary>
    public const string DevelopmentKeyId = "dev-local";

    /// <summary>Creates the ring; throws naming the configuration key when a setting is invalid.</summary>
    public static ProvenanceKeyRing Create(
        ProvenanceOptions options, StorageOptions storage, ILogger logger)
    {
        if (options.Keys.Count == 0)
        {
            var key = LoadOrCreateDevelopmentKey(storage.DataDirectory);
            logger.LogWarning(
                "No provenance key is configured: manifests are signed with a generated development key kept in " +
                "{DataDirectory}. Set Provenance__Keys__<id> and Provenance__CurrentKeyId for production",
                storage.DataDirectory);

            return new ProvenanceKeyRing(new Dictionary<string, byte[]> { [DevelopmentKeyId] = key }, DevelopmentKeyId);
        }

        var keys = options.Keys.ToDictionary(
            pair => pair.Key, pair => Decode(pair.Key, pair.Value), StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(options.CurrentKeyId) || !keys.ContainsKey(options.CurrentKeyId))
        {
            throw new OptionsValidationException(
                ProvenanceOptions.SectionName,
                typeof(ProvenanceOptions),
                [
                    $"Configuration key 'Provenance__CurrentKeyId' is '{options.CurrentKeyId}', which names no " +
                    $"configured key: set it to one of {string.Join(", ", keys.Keys)}.",
                ]);
        }

        return new ProvenanceKeyRing(keys, options.CurrentKeyId);
    }

    private static byte[] Decode(string id, string value)
    {
        var configurationKey = $"Provenance__Keys__{id}";
        if (!KeyIdPattern().IsMatch(id))
        {
            throw Invalid(configurationKey, "the key id must be 1 to 64 letters, digits, '.', '_' or '-'");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw Invalid(configurationKey, "it is not base64; generate a key with: openssl rand -base64 32");
        }

        return bytes.Length >= ProvenanceOptions.MinimumKeyBytes
            ? bytes
            : throw Invalid(
                configurationKey,
                $"it holds {bytes.Length} bytes, fewer than {ProvenanceOptions.MinimumKeyBytes}; generate a key " +
                "with: openssl rand -base64 32");
    }

    private static OptionsValidationException Invalid(string configurationKey, string reason) =>
        new(ProvenanceOptions.SectionName, typeof(ProvenanceOptions),
            [$"Configuration key '{configurationKey}' is invalid: {reason}."]);

    private static byte[] LoadOrCreateDevelopmentKey(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(directory, $"provenance-{DevelopmentKeyId}.key");
        Directory.CreateDirectory(directory);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, create);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another renderer sharing the data directory created it first; use that one.
        }

        return ReadKeyFile(path);
    }

    private static byte[] ReadKeyFile(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0)
            {
                return Convert.FromBase64String(text);
            }

            if (attempt == 20)
            {
                throw new InvalidOperationException(
                    $"The development provenance key file '{path}' is empty: delete it and start again.");
            }

            Thread.Sleep(50);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdPattern();
}
