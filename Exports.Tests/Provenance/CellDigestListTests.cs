using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class CellDigestListTests
{
    private static readonly CellDigest[] Sample =
    [
        new(1, 1, 0x0123456789abcdef),
        new(1, 300, ulong.MaxValue),
        new(2, 2, 0),
        new(1048576, 16384, 42),
    ];

    [Test]
    public void SerializedListReadsBack()
    {
        var serialized = CellDigestWriter.Serialize(Sample);

        var read = CellDigestReader.ReadAll(serialized).ToList();

        Assert.That(read, Is.EqualTo(Sample));
    }

    [Test]
    public void EmptyListReadsBackEmpty()
    {
        var serialized = CellDigestWriter.Serialize([]);

        var read = CellDigestReader.ReadAll(serialized).ToList();

        Assert.That(Convert.ToHexStringLower(serialized), Is.EqualTo("434244310000"));
        Assert.That(read, Is.Empty);
    }

    [Test]
    public void EntryTakesAboutTenBytes()
    {
        var digests = Enumerable.Range(1, 1000).SelectMany(row =>
            Enumerable.Range(1, 10).Select(column => new CellDigest(row, column, (ulong)(row * column))));

        var serialized = CellDigestWriter.Serialize(digests);

        Assert.That(serialized, Has.Length.EqualTo(4 + (10_000 * 10) + 2));
    }

    [Test]
    public void WriterRejectsUnsortedDigests()
    {
        CellDigest[] unsorted = [new(2, 1, 0), new(1, 5, 0)];

        var serialize = () => CellDigestWriter.Serialize(unsorted);

        Assert.That(serialize, Throws.InvalidOperationException.With.Message.Contains("row-major order"));
    }

    [Test]
    public void ReaderRejectsMissingHeader()
    {
        byte[] notAList = [0x43, 0x42, 0x44, 0x32, 0, 0];

        var read = () => CellDigestReader.ReadAll(notAList).ToList();

        Assert.That(read, Throws.TypeOf<InvalidDataException>().With.Message.Contains("CBD1"));
    }

    [Test]
    public void ReaderRejectsTruncatedList()
    {
        var serialized = CellDigestWriter.Serialize(Sample);

        var read = () => CellDigestReader.ReadAll(serialized[..^5]).ToList();

        Assert.That(read, Throws.TypeOf<InvalidDataException>().With.Message.Contains("truncated"));
    }

    [Test]
    public void SmallListMatchesSerializedForm()
    {
        using var list = CellDigestList.From(Sample);

        var bytes = list.ToArray();

        Assert.That(bytes, Is.EqualTo(CellDigestWriter.Serialize(Sample)));
    }

    [Test]
    public void LargeListSpillsAndReadsBack()
    {
        var digests = Enumerable.Range(1, 200_000).Select(row => new CellDigest(row, 3, (ulong)row * 7919)).ToList();

        using var list = CellDigestList.From(digests);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Length, Is.GreaterThan(CellDigestList.MemoryLimitBytes));
            Assert.That(list.ReadAll(), Is.EqualTo(digests));
            Assert.That(list.ReadAll(), Is.EqualTo(digests), "a second read starts from the beginning again");
        }
    }

    [Test]
    public async Task LargeListCopiesWhole()
    {
        var digests = Enumerable.Range(1, 200_000).Select(row => new CellDigest(row, 1, (ulong)row)).ToList();
        using var list = CellDigestList.From(digests);
        using var copy = new MemoryStream();

        await list.CopyToAsync(copy, CancellationToken.None);

        Assert.That(copy.ToArray(), Is.EqualTo(CellDigestWriter.Serialize(digests)));
    }
}
