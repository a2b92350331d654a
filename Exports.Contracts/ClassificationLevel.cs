namespace Exports.Contracts;

/// <summary>
/// Data classification levels, lowest first, for <see cref="ExportOptions.ClassificationThreshold"/>.
/// </summary>
public static class ClassificationLevel
{
    /// <summary>The levels from least to most sensitive.</summary>
    public static IReadOnlyList<string> All { get; } = ["public", "internal", "confidential", "restricted"];

    /// <summary>The default threshold.</summary>
    public const string Default = "confidential";
}
