using System.Text.RegularExpressions;

namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>
/// A second, regular-expression based reading of which number formats show dates, written apart from the
/// importer's scanner so the two can be compared.
/// </summary>
public static partial class ReferenceDateFormats
{
    private static readonly HashSet<int> BuiltInDateIds =
        [.. Enumerable.Range(14, 9), .. Enumerable.Range(27, 10), .. Enumerable.Range(45, 3), .. Enumerable.Range(50, 9)];

    /// <summary>Returns (is date, is duration) for a number format id and its custom code, if any.</summary>
    public static (bool IsDate, bool IsDuration) Classify(int id, string? customCode)
    {
        if (customCode is null)
        {
            return (BuiltInDateIds.Contains(id), id == 46);
        }

        var stripped = Noise().Replace(customCode, string.Empty);
        var elapsed = Elapsed().IsMatch(stripped);
        var withoutBrackets = Brackets().Replace(stripped, string.Empty);
        withoutBrackets = General().Replace(withoutBrackets, string.Empty);
        withoutBrackets = Exponent().Replace(withoutBrackets, string.Empty);
        var tokens = Tokens().IsMatch(withoutBrackets);
        var dayOrYear = DayOrYear().IsMatch(withoutBrackets);

        return (elapsed || tokens, elapsed && !dayOrYear);
    }

    [GeneratedRegex("\"[^\"]*\"?|\\\\.|_.|\\*.", RegexOptions.Singleline)]
    private static partial Regex Noise();

    [GeneratedRegex("\\[(h+|m+|s+)\\]", RegexOptions.IgnoreCase)]
    private static partial Regex Elapsed();

    [GeneratedRegex("\\[[^\\]]*\\]")]
    private static partial Regex Brackets();

    [GeneratedRegex("general", RegexOptions.IgnoreCase)]
    private static partial Regex General();

    [GeneratedRegex("[eE][+-]")]
    private static partial Regex Exponent();

    [GeneratedRegex("[dmyhs]|AM/PM|A/P", RegexOptions.IgnoreCase)]
    private static partial Regex Tokens();

    [GeneratedRegex("[dy]", RegexOptions.IgnoreCase)]
    private static partial Regex DayOrYear();
}
