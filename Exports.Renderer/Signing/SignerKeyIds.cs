using System.Text.RegularExpressions;

namespace Exports.Renderer.Signing;

/// <summary>
/// The form of a signer's key id, which also names its <c>Signing__TrustedKeys__&lt;keyId&gt;</c> setting.
/// </summary>
public static partial class SignerKeyIds
{
    /// <summary>The rule in words, for error messages.</summary>
    public const string Description = "1 to 64 letters, digits, '.', '_' or '-'";

    /// <summary>Whether <paramref name="keyId"/> has the form of a key id.</summary>
    public static bool IsValid(string? keyId) => keyId is not null && Pattern().IsMatch(keyId);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
