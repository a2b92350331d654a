namespace Exports.Tests.RoundTrip;

/// <summary>Asserts that an export read back gives what the source should give, naming the file and sheet.</summary>
public static class RoundTripAssert
{
    private const int MaxListedDifferences = 20;

    /// <summary>Asserts the sheet names, hidden flags and every sheet's cells.</summary>
    public static void SheetsMatch(
        string file, IReadOnlyList<RoundTripSheet> expected, IReadOnlyList<RoundTripSheet> actual)
    {
        Assert.That(actual.Count, Is.EqualTo(expected.Count), $"{file}: number of sheets");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                actual.Select(sheet => sheet.Name),
                Is.EqualTo(expected.Select(sheet => sheet.Name)),
                $"{file}: sheet names");
            Assert.That(
                actual.Select(sheet => sheet.Hidden),
                Is.EqualTo(expected.Select(sheet => sheet.Hidden)),
                $"{file}: hidden flags");
            for (var index = 0; index < expected.Count; index++)
            {
                CellsMatch(file, expected[index].Name, expected[index].Cells, actual[index].Cells);
            }
        }
    }

    /// <summary>Asserts that two cell lists have the same cells at the same positions.</summary>
    public static void CellsMatch(
        string file, string sheet, IReadOnlyList<RoundTripCell> expected, IReadOnlyList<RoundTripCell> actual)
    {
        var differences = CellComparison.Differences(expected, actual);

        Assert.That(differences.Count, Is.Zero, () => Message(file, sheet, differences));
    }

    private static string Message(string file, string sheet, IReadOnlyList<string> differences)
    {
        var count = differences.Count == 1 ? "1 cell differs" : $"{differences.Count} cells differ";
        var lines = differences.Take(MaxListedDifferences).Select(line => "  " + line).ToList();
        if (differences.Count > MaxListedDifferences)
        {
            lines.Add($"  and {differences.Count - MaxListedDifferences} more");
        }

        return $"{file}, sheet '{sheet}': {count}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
