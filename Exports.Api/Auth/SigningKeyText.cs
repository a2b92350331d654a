using System.Text;

namespace Exports.Api.Auth;

/// <summary>
/// The text form of an HS256 signing key: <c>base64:</c> followed by base64, or else the UTF-8 bytes of the text
/// itself. Either way the key has at least <see cref="MinimumBytes"/> bytes, the size of an HS256 digest.
/// </summary>
public static class SigningKeyText
{
    /// <summary>Prefix that marks a base64-encoded key.</summary>
    public const string Base64Prefix = "base64:";

    /// <summary>Minimum key size in bytes.</summary>
    public const int MinimumBytes = 32;

    /// <summary>Decodes a key; returns false with a message that names the fix when the text is no valid key.</summary>
    public static bool TryDecode(string text, out byte[] key, out string error)
    {
        key = [];
        error = string.Empty;
        if (text.StartsWith(Base64Prefix, StringComparison.Ordinal))
        {
            try
            {
                key = Convert.FromBase64String(text[Base64Prefix.Length..]);
            }
            catch (FormatException)
            {
                error = $"the text after '{Base64Prefix}' is not valid base64";
                return false;
            }
        }
        else
        {
            key = Encoding.UTF8.GetBytes(text);
        }

        if (key.Length < MinimumBytes)
        {
            error = $"it is {key.Length} bytes long, but HS256 needs at least {MinimumBytes} bytes";
            return false;
        }

        return true;
    }

    /// <summary>Writes a key in its base64 text form.</summary>
    public static string Encode(ReadOnlySpan<byte> key) => Base64Prefix + Convert.ToBase64String(key);
}
