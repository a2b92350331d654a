using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Exports.Contracts;

/// <summary>
/// Export ids: <c>exp_</c> followed by 16 to 60 lowercase letters or digits. Whoever publishes
/// <see cref="ExportRequested"/> mints the id, so it is known before any renderer has seen the request.
/// </summary>
public static partial class ExportId
{
    /// <summary>Prefix of every export id.</summary>
    public const string Prefix = "exp_";

    private const int RandomLength = 24;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Mints an id with 24 random characters, about 124 bits of randomness.</summary>
    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    /// <summary>Returns whether <paramref name="value"/> has the form of an export id.</summary>
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^exp_[a-z0-9]{16,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
