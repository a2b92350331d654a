using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class CellDigestDiffTests
{
    [Test]
    public void IdenticalListsYieldNothing()
    {
        CellDigest[] digests = [new(1, 1, 5), new(2, 3, 6)];

        var differences = CellDigestDiff.Compare(digests, digests).ToList();

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void ChangedDigestIsModified()
    {
        CellDigest[] recorded = [new(1, 1, 5), new(12, 3, 6)];
        CellDigest[] recomputed = [new(1, 1, 5), new(12, 3, 7)];

        var differences = CellDigestDiff.Compare(recorded, recomputed).ToList();

        Assert.That(differences, Is.EqualTo(new[] { new CellDifference(12, 3, CellChange.Modified) }));
        Assert.That(differences[0].Reference, Is.EqualTo("C12"));
    }

    [Test]
    public void NewCellIsAdded()
    {
        CellDigest[] recorded = [new(1, 1, 5)];
        CellDigest[] recomputed = [new(1, 1, 5), new(1, 2, 9)];

        var differences = CellDigestDiff.Compare(recorded, recomputed).ToList();

        Assert.That(differences, Is.EqualTo(new[] { new CellDifference(1, 2, CellChange.Added) }));
    }

    [Test]
    public void MissingCellIsRemoved()
    {
        CellDigest[] recorded = [new(1, 1, 5), new(4, 1, 9)];
        CellDigest[] recomputed = [new(4, 1, 9)];

        var differences = CellDigestDiff.Compare(recorded, recomputed).ToList();

        Assert.That(differences, Is.EqualTo(new[] { new CellDifference(1, 1, CellChange.Removed) }));
    }

    [Test]
    public void MixedChangesComeInRowMajorOrder()
    {
        CellDigest[] recorded = [new(1, 2, 1), new(2, 1, 2), new(3, 3, 3), new(5, 1, 4)];
        CellDigest[] recomputed = [new(1, 1, 9), new(2, 1, 8), new(3, 3, 3), new(4, 16384, 4), new(6, 1, 5)];

        var differences = CellDigestDiff.Compare(recorded, recomputed)
            .Select(difference => $"{difference.Reference} {difference.Change}").ToList();

        Assert.That(differences, Is.EqualTo(new[]
        {
            "A1 Added", "B1 Removed", "A2 Modified", "XFD4 Added", "A5 Removed", "A6 Added",
        }));
    }

    [Test]
    public void EmptyRecordedListAddsEveryCell()
    {
        CellDigest[] recomputed = [new(1, 1, 1), new(1, 2, 2)];

        var differences = CellDigestDiff.Compare([], recomputed).ToList();

        Assert.That(differences.Select(difference => difference.Change), Is.All.EqualTo(CellChange.Added));
        Assert.That(differences, Has.Count.EqualTo(2));
    }

    [Test]
    public void UnsortedInputThrows()
    {
        CellDigest[] unsorted = [new(3, 1, 1), new(2, 1, 1)];

        var compare = () => CellDigestDiff.Compare([], unsorted).ToList();

        Assert.That(compare, Throws.InvalidOperationException.With.Message.Contains("R2C1 comes after R3C1"));
    }

    [Test]
    public void RecomputedSheetNamesEditedCells()
    {
        var recorded = DigestsOf(builder =>
        {
            builder.AddString(1, 1, "Name");
            builder.AddNumber(12, 3, 1000000.5);
            builder.AddBoolean(13, 1, true);
        });
        var edited = DigestsOf(builder =>
        {
            builder.AddString(1, 1, "Name");
            builder.AddString(12, 3, "1000000.5");
            builder.AddNumber(14, 2, 1);
        });

        var differences = CellDigestDiff.Compare(
            CellDigestReader.ReadAll(recorded), CellDigestReader.ReadAll(edited)).ToList();

        Assert.That(differences.Select(difference => $"{difference.Reference} {difference.Change}"), Is.EqualTo(new[]
        {
            "C12 Modified", "A13 Removed", "B14 Added",
        }));
    }

    private static byte[] DigestsOf(Action<CbHashV1Builder> addCells)
    {
        using var builder = new CbHashV1Builder(recordCellDigests: true);
        builder.BeginSheet("Foundation - Assets");
        addCells(builder);

        return builder.Complete().Sheets[0].CellDigests!.ToArray();
    }
}
