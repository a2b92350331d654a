using Exports.Tests.Provenance.Vectors;

namespace Exports.Tests.Provenance;

/// <summary>
/// Checks the builder against every vector of the second, independent cb_hash_v1 implementation, read from
/// the file that EXPORTS_PROVENANCE_VECTORS names.
/// </summary>
[TestFixture]
public sealed class IndependentVectorTests
{
    private const string UnsetMessage =
        $"Set {HashVectorFile.EnvironmentVariable} to the path of the independent cb_hash_v1 vector file " +
        "to run these tests.";

    [TestCaseSource(nameof(AllVectors))]
    public void CanonicalValuesMatchVector(HashVector? vector)
    {
        var expected = RequireVector(vector).Canonical;

        var hashed = HashStreamParser.Parse(HashVectorRun.Of(vector!).Stream);

        Assert.That(hashed, Has.Count.EqualTo(expected.Count));
        for (var index = 0; index < expected.Count; index++)
        {
            Assert.That(hashed[index].SameAs(expected[index]), Is.True, $"sheet {index}: {hashed[index]}");
        }
    }

    [TestCaseSource(nameof(VectorsWithStream))]
    public void StreamBytesMatchVector(HashVector? vector)
    {
        var expected = RequireVector(vector).StreamHex;

        var stream = HashVectorRun.Of(vector!).Stream;

        Assert.That(Convert.ToHexStringLower(stream), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(AllVectors))]
    public void DataHashMatchesVector(HashVector? vector)
    {
        var expected = RequireVector(vector).DataHash;

        var result = HashVectorRun.Of(vector!).Result;

        Assert.That(result.DataHash, Is.EqualTo(expected));
    }

    [Test]
    public void VectorFileCoversEveryCellType()
    {
        var path = HashVectorFile.FindPath();
        if (path is null)
        {
            Assert.Ignore(UnsetMessage);
        }

        var types = HashVectorFile.Load(path!).SelectMany(vector => vector.Sheets).SelectMany(sheet => sheet.Cells)
            .Select(cell => cell.Type).ToHashSet();

        Assert.That(types, Is.EquivalentTo(new[] { "n", "s", "b", "e" }));
    }

    private static IEnumerable<TestCaseData> AllVectors() => Cases(vector => true);

    private static IEnumerable<TestCaseData> VectorsWithStream() => Cases(vector => vector.StreamHex is not null);

    private static IEnumerable<TestCaseData> Cases(Func<HashVector, bool> filter)
    {
        var path = HashVectorFile.FindPath();
        if (path is null)
        {
            return [new TestCaseData(null).SetArgDisplayNames("vector file unset")];
        }

        return HashVectorFile.Load(path).Where(filter)
            .Select(vector => new TestCaseData(vector).SetArgDisplayNames(vector.Name));
    }

    private static HashVector RequireVector(HashVector? vector)
    {
        if (vector is null)
        {
            Assert.Ignore(UnsetMessage);
        }

        return vector;
    }
}
