namespace Exports.Tests.RoundTrip;

[TestFixture]
public sealed class CellComparisonTests
{
    private static readonly RoundTripCell[] Expected =
    [
        new(1, 1, "Number", "1.5"),
        new(1, 2, "Text", "a\r\nb"),
        new(2, 28, "Number", "2", "A1*2"),
    ];

    [Test]
    public void EqualCellsHaveNoDifferences()
    {
        var differences = CellComparison.Differences(Expected, [.. Expected.Reverse()]);

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void ChangedValueIsReported()
    {
        RoundTripCell[] actual = [Expected[0] with { Value = "1.5000000000000002" }, Expected[1], Expected[2]];

        var differences = CellComparison.Differences(Expected, actual);

        Assert.That(differences, Is.EqualTo(new[] { "A1: expected Number \"1.5\", actual Number \"1.5000000000000002\"" }));
    }

    [Test]
    public void ChangedTypeIsReported()
    {
        RoundTripCell[] actual = [Expected[0] with { Type = "Text" }, Expected[1], Expected[2]];

        var differences = CellComparison.Differences(Expected, actual);

        Assert.That(differences, Is.EqualTo(new[] { "A1: expected Number \"1.5\", actual Text \"1.5\"" }));
    }

    [Test]
    public void ChangedFormulaIsReported()
    {
        RoundTripCell[] actual = [Expected[0], Expected[1], Expected[2] with { Formula = null }];

        var differences = CellComparison.Differences(Expected, actual);

        Assert.That(differences, Is.EqualTo(new[] { "AB2: expected Number \"2\" = \"A1*2\", actual Number \"2\"" }));
    }

    [Test]
    public void MissingAndExtraCellsAreReported()
    {
        RoundTripCell[] actual = [Expected[0], Expected[2], new(3, 1, "Text", "extra")];

        var differences = CellComparison.Differences(Expected, actual);

        Assert.That(differences, Is.EqualTo(new[]
        {
            "B1: expected Text \"a\\r\\nb\", actual no value",
            "A3: expected no value, actual Text \"extra\"",
        }));
    }

    [Test]
    public void CellWrittenTwiceIsReported()
    {
        RoundTripCell[] actual = [.. Expected, Expected[0]];

        var differences = CellComparison.Differences(Expected, actual);

        Assert.That(differences, Is.EqualTo(new[] { "A1: written twice, the second time as Number \"1.5\"" }));
    }

    [Test]
    public void LongValuesShowWhereTheyDiffer()
    {
        var text = new string('x', 100);
        RoundTripCell[] expected = [new(1, 1, "Text", text)];
        RoundTripCell[] actual = [new(1, 1, "Text", text[..80] + "y" + text[81..])];

        var difference = CellComparison.Differences(expected, actual).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(difference, Does.Contain("(100 characters)"));
            Assert.That(difference, Does.EndWith("(values differ from character 81)"));
        }
    }
}
