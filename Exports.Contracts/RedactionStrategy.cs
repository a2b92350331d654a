namespace Exports.Contracts;

/// <summary>How redacted values are replaced, for <see cref="ExportOptions.RedactionStrategy"/>.</summary>
public static class RedactionStrategy
{
    /// <summary>Replace characters with a mask.</summary>
    public const string Mask = "mask";

    /// <summary>Replace the value with a keyed hash of it.</summary>
    public const string Hash = "hash";

    /// <summary>Leave the cell blank.</summary>
    public const string Remove = "remove";

    /// <summary>Every strategy.</summary>
    public static IReadOnlyList<string> All { get; } = [Mask, Hash, Remove];
}
