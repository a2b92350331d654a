namespace Exports.Api.Exports;

/// <summary>The <c>Idempotency-Key</c> header: 1 to 255 printable ASCII characters.</summary>
public static class IdempotencyKeyRules
{
    /// <summary>Name of the header.</summary>
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Longest accepted key.</summary>
    public const int MaxLength = 255;

    /// <summary>
    /// Returns whether <paramref name="key"/> is 1 to 255 characters from space (0x20) to tilde (0x7E).
    /// </summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(character => character is >= ' ' and <= '~');
}
