using System.Globalization;

namespace Exports.Renderer.Rendering;

/// <summary>
/// Hands out names that are unique case-insensitively, as Excel sheet names and file names on Windows and
/// macOS must be: a repeated name gets <c> (2)</c>, <c> (3)</c> and so on, cutting the name to keep the
/// suffix within <paramref name="maxLength"/>.
/// </summary>
internal sealed class UniqueNameSet(int maxLength)
{
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns <paramref name="name"/>, or a numbered variant of it when it is taken, and takes it.</summary>
    public string Reserve(string name)
    {
        var candidate = TextCut.Truncate(name, maxLength);
        for (var number = 2; !taken.Add(candidate); number++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({number})");
            candidate = TextCut.Truncate(name, maxLength - suffix.Length) + suffix;
        }

        return candidate;
    }
}
