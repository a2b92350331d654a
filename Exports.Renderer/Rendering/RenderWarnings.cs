namespace Exports.Renderer.Rendering;

/// <summary>
/// Changes a writer had to make to values, reported in <c>result_summary.warnings</c>. Repeats of one kind are
/// counted rather than listed, so a sheet of a million cut strings yields one line.
/// </summary>
public sealed class RenderWarnings
{
    private readonly Dictionary<string, (string Example, long Count)> warnings = new(StringComparer.Ordinal);

    /// <summary>Records one occurrence of a warning kind with a message that names the first cell it hit.</summary>
    public void Add(string kind, string message)
    {
        warnings[kind] = warnings.TryGetValue(kind, out var existing)
            ? (existing.Example, existing.Count + 1)
            : (message, 1);
    }

    /// <summary>Whether nothing was recorded.</summary>
    public bool IsEmpty => warnings.Count == 0;

    /// <summary>One line per warning kind, with the count of further occurrences.</summary>
    public IReadOnlyList<string> ToList() =>
    [
        .. warnings.Values.Select(warning => warning.Count == 1
            ? warning.Example
            : $"{warning.Example} ({warning.Count - 1} more like it)"),
    ];
}
