using Exports.Tests.Provenance.Vectors;

namespace Exports.Tests.Provenance;

/// <summary>Checks the builder against the vectors of docs/provenance.md, read from the page itself.</summary>
[TestFixture]
public sealed class DocumentedVectorTests
{
    private static readonly IReadOnlyList<HashVector> Vectors = DocumentedVectors.Load(DocumentedVectors.FindPage());

    [Test]
    public void PagePublishesFiveVectors()
    {
        var names = Vectors.Select(vector => vector.Name).ToList();

        Assert.That(names, Is.EqualTo(new[]
        {
            "empty scope", "small sheet", "numbers", "strings booleans errors", "two sheets",
        }));
    }

    [TestCaseSource(nameof(AllVectors))]
    public void CanonicalValuesMatchPage(HashVector vector)
    {
        var expected = vector.Canonical;

        var hashed = HashStreamParser.Parse(HashVectorRun.Of(vector).Stream);

        Assert.That(hashed, Has.Count.EqualTo(expected.Count));
        for (var index = 0; index < expected.Count; index++)
        {
            Assert.That(hashed[index].SameAs(expected[index]), Is.True, $"sheet {index}: {hashed[index]}");
        }
    }

    [TestCaseSource(nameof(VectorsWithStream))]
    public void StreamBytesMatchPage(HashVector vector)
    {
        var expected = vector.StreamHex;

        var stream = HashVectorRun.Of(vector).Stream;

        Assert.That(Convert.ToHexStringLower(stream), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(AllVectors))]
    public void DataHashMatchesPage(HashVector vector)
    {
        var expected = vector.DataHash;

        var result = HashVectorRun.Of(vector).Result;

        Assert.That(result.DataHash, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(AllVectors))]
    public void SheetHashesMatchPage(HashVector vector)
    {
        var expected = vector.SheetHashes;

        var result = HashVectorRun.Of(vector).Result;

        Assert.That(result.Sheets.Select(sheet => sheet.Hash), Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> AllVectors() =>
        Vectors.Select(vector => new TestCaseData(vector).SetArgDisplayNames(vector.Name));

    private static IEnumerable<TestCaseData> VectorsWithStream() =>
        Vectors.Where(vector => vector.StreamHex is not null)
            .Select(vector => new TestCaseData(vector).SetArgDisplayNames(vector.Name));
}
