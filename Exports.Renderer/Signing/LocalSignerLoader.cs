using System.Security.Cryptography;
using Exports.Storage;

namespace Exports.Renderer.Signing;

/// <summary>
/// Loads the local signer's key: the configured one, or else the development key kept under the data directory.
/// With the provider <c>local</c> and no key configured, that key is generated on first start (owner-only file),
/// so restarts and every renderer sharing the directory keep verifying; each start then logs a warning that it is
/// for development only.
/// </summary>
public static class LocalSignerLoader
{
    /// <summary>Id of the generated development key.</summary>
    public const string DevelopmentKeyId = "dev-local-es256";

    /// <summary>File name of the development key under <c>keys/</c> of the data directory.</summary>
    public const string DevelopmentKeyFileName = "signing-dev-local.pem";

    /// <summary>
    /// Returns the local signer, or null when the provider is <c>http</c>, no key is configured and no development
    /// key was ever generated. Options must have passed <see cref="SigningOptionsValidator"/>.
    /// </summary>
    public static LocalDigestSigner? Load(SigningOptions options, StorageOptions storage, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);

        if (options.Local.PrivateKey is { Length: > 0 } privateKey)
        {
            return new LocalDigestSigner(options.Local.KeyId!, EcKeyText.ImportPrivateKey(privateKey));
        }

        var path = Path.Combine(storage.DataDirectory, "keys", DevelopmentKeyFileName);
        if (options.Provider != SigningProviders.Local)
        {
            return File.Exists(path) ? new LocalDigestSigner(DevelopmentKeyId, ReadKeyFile(path)) : null;
        }

        var key = LoadOrCreate(path);
        logger.LogWarning(
            "No signer key is configured: manifests are signed with a generated development key kept in " +
            "{DataDirectory}. Set Signing__Local__KeyId and Signing__Local__PrivateKey, or use a signing service, " +
            "for production", storage.DataDirectory);

        return new LocalDigestSigner(DevelopmentKeyId, key);
    }

    private static ECDsa LoadOrCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var stream = new FileStream(path, create);
            using var writer = new StreamWriter(stream);
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another renderer sharing the data directory created it first; use that one.
        }

        return ReadKeyFile(path);
    }

    private static ECDsa ReadKeyFile(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path);
            if (text.Contains("-----END", StringComparison.Ordinal))
            {
                return EcKeyText.ImportPrivateKey(text);
            }

            if (attempt == 20)
            {
                throw new InvalidOperationException(
                    $"The development signer key file '{path}' is incomplete: delete it and start again.");
            }

            Thread.Sleep(50);
        }
    }
}
