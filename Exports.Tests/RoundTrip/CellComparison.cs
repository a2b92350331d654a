using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Exports.Tests.RoundTrip;

/// <summary>Compares two sheets' cells by position and describes every difference in one line.</summary>
public static class CellComparison
{
    private const int DisplayLength = 60;

    private static readonly JsonSerializerOptions QuoteOptions =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Returns one line per position whose cells differ in type, value or formula, or that only one side has, and
    /// one per cell the actual side repeats. Lines follow the order of the expected cells.
    /// </summary>
    public static IReadOnlyList<string> Differences(
        IEnumerable<RoundTripCell> expected, IEnumerable<RoundTripCell> actual)
    {
        List<string> lines = [];
        var actualByPosition = new Dictionary<(int Row, int Column), RoundTripCell>();
        foreach (var cell in actual)
        {
            if (!actualByPosition.TryAdd((cell.Row, cell.Column), cell))
            {
                lines.Add($"{Reference(cell)}: written twice, the second time as {Describe(cell)}");
            }
        }

        foreach (var cell in expected)
        {
            if (!actualByPosition.Remove((cell.Row, cell.Column), out var found))
            {
                lines.Add($"{Reference(cell)}: expected {Describe(cell)}, actual no value");
            }
            else if (found != cell)
            {
                var where = FirstDifference(cell, found);
                lines.Add($"{Reference(cell)}: expected {Describe(cell)}, actual {Describe(found)}{where}");
            }
        }

        lines.AddRange(actualByPosition.Values
            .OrderBy(cell => cell.Row)
            .ThenBy(cell => cell.Column)
            .Select(cell => $"{Reference(cell)}: expected no value, actual {Describe(cell)}"));

        return lines;
    }

    private static string Reference(RoundTripCell cell) => ColumnLetters.Reference(cell.Row, cell.Column);

    private static string Describe(RoundTripCell cell) =>
        cell.Formula is null
            ? $"{cell.Type} {Quote(cell.Value)}"
            : $"{cell.Type} {Quote(cell.Value)} = {Quote(cell.Formula)}";

    // Messages show long values cut, so the line names the first character at which the two values differ.
    private static string FirstDifference(RoundTripCell expected, RoundTripCell actual)
    {
        var (left, right) = (expected.Value, actual.Value);
        if (left == right || Math.Max(left.Length, right.Length) <= DisplayLength)
        {
            return string.Empty;
        }

        var index = left.AsSpan().CommonPrefixLength(right);

        return string.Create(CultureInfo.InvariantCulture, $" (values differ from character {index + 1})");
    }

    private static string Quote(string value)
    {
        if (value.Length <= DisplayLength)
        {
            return JsonSerializer.Serialize(value, QuoteOptions);
        }

        var start = JsonSerializer.Serialize(ExportValueRules.Cut(value, DisplayLength), QuoteOptions);

        return string.Create(CultureInfo.InvariantCulture, $"{start}... ({value.Length:N0} characters)");
    }
}
