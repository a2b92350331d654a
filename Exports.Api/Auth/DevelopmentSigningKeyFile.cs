using System.Security.Cryptography;
using System.Text;

namespace Exports.Api.Auth;

/// <summary>
/// The signing key generated when <c>Auth__SigningKey</c> is not set, stored under the data directory so that the
/// gateway and the token command share it across restarts. Only the owner may read the file on Unix.
/// </summary>
public static class DevelopmentSigningKeyFile
{
    /// <summary>Returns the path of the key file under a data directory.</summary>
    public static string PathUnder(string dataDirectory) =>
        Path.Combine(dataDirectory, "auth", "development-signing-key");

    /// <summary>Reads the key file, or creates it with a random key when it does not exist.</summary>
    /// <param name="path">Path of the key file.</param>
    /// <param name="created">Set to true when this call generated the key.</param>
    public static byte[] LoadOrCreate(string path, out bool created)
    {
        created = false;
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(SigningKeyText.MinimumBytes);
        var temporaryPath = $"{path}.{Guid.NewGuid():N}.partial";
        WriteOwnerOnly(temporaryPath, SigningKeyText.Encode(key));

        try
        {
            File.Move(temporaryPath, path, overwrite: false);
            created = true;

            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first; both must use the same one.
            File.Delete(temporaryPath);

            return Read(path);
        }
    }

    private static byte[] Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Trim();
        if (!SigningKeyText.TryDecode(text, out var key, out _))
        {
            throw new InvalidOperationException(
                $"The development signing key file '{path}' is invalid: delete it to generate a new key, " +
                "or set Auth__SigningKey.");
        }

        return key;
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, Encoding.UTF8, options);
        writer.Write(text);
    }
}
