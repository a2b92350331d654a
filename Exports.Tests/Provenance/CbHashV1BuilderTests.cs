using System.Security.Cryptography;
using System.Text;
using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class CbHashV1BuilderTests
{
    [Test]
    public void EmptyScopeHashesHeaderOnly()
    {
        using var builder = new CbHashV1Builder();

        var result = builder.Complete();

        Assert.That(result.DataHash, Is.EqualTo(HashOf("cb_hash_v1\n"u8.ToArray())));
        Assert.That(result.Sheets, Is.Empty);
    }

    [Test]
    public void SheetHashCoversSheetAlone()
    {
        using var both = new CbHashV1Builder();
        AddSheetA(both);
        AddSheetB(both);

        var sheets = both.Complete().Sheets;

        Assert.That(sheets[0].Hash, Is.EqualTo(HashScope(AddSheetA)));
        Assert.That(sheets[1].Hash, Is.EqualTo(HashScope(AddSheetB)));
        Assert.That(sheets[0].Hash, Is.Not.EqualTo(sheets[1].Hash));
    }

    [Test]
    public void DataHashCoversEverySheet()
    {
        var both = HashScope(builder =>
        {
            AddSheetA(builder);
            AddSheetB(builder);
        });

        var onlyA = HashScope(AddSheetA);

        Assert.That(both, Is.Not.EqualTo(onlyA));
    }

    [Test]
    public void ResultCountsCellsPerSheet()
    {
        using var builder = new CbHashV1Builder();
        AddSheetA(builder);
        builder.BeginSheet("Empty");
        AddSheetB(builder);

        var result = builder.Complete();

        Assert.That(result.Sheets.Select(sheet => sheet.CellCount), Is.EqualTo(new long[] { 3, 0, 1 }));
        Assert.That(result.Sheets.Select(sheet => sheet.Index), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(result.Sheets.Select(sheet => sheet.Name), Is.EqualTo(new[] { "A", "Empty", "B" }));
        Assert.That(result.CellCount, Is.EqualTo(4));
    }

    [Test]
    public void BlankCellsLeaveStreamUnchanged()
    {
        var plain = Transcript(builder => builder.AddNumber(1, 1, 1));

        var withBlanks = Transcript(builder =>
        {
            builder.AddString(1, 1, string.Empty);
            builder.AddString(1, 1, null);
            builder.AddError(1, 1, string.Empty);
            builder.AddCell(1, 1, CbHashValueType.String, string.Empty);
            builder.AddNumber(1, 1, 1);
        });

        Assert.That(withBlanks, Is.EqualTo(plain));
    }

    [Test]
    public void CellRecordFramesValue()
    {
        var stream = Transcript(builder => builder.AddString(2, 3, "\u00e9"));

        var cellRecord = Convert.ToHexStringLower(stream[^16..]);

        Assert.That(cellRecord, Is.EqualTo("43" + "00000002" + "00000003" + "73" + "00000002" + "c3a9"));
    }

    [Test]
    public void SheetRecordCountsUtf8Bytes()
    {
        using var transcript = new MemoryStream();
        using var builder = new CbHashV1Builder(transcript: transcript);

        builder.BeginSheet("\u00dcbersicht");
        builder.Complete();

        Assert.That(Convert.ToHexStringLower(transcript.ToArray()[11..16]), Is.EqualTo("530000000a"));
    }

    [Test]
    public void TypedAndCanonicalCellsHashAlike()
    {
        var typed = Transcript(builder =>
        {
            builder.AddNumber(1, 1, 0.1 + 0.2);
            builder.AddBoolean(1, 2, true);
            builder.AddBoolean(1, 3, false);
            builder.AddError(1, 4, "#N/A");
            builder.AddString(1, 5, "a\r\nb");
        });

        var canonical = Transcript(builder =>
        {
            builder.AddCell(1, 1, CbHashValueType.Number, "0.3");
            builder.AddCell(1, 2, CbHashValueType.Boolean, "TRUE");
            builder.AddCell(1, 3, CbHashValueType.Boolean, "FALSE");
            builder.AddCell(1, 4, CbHashValueType.Error, "#N/A");
            builder.AddCell(1, 5, CbHashValueType.String, "a\nb");
        });

        Assert.That(typed, Is.EqualTo(canonical));
    }

    [Test]
    public void DateSerialHashesAsNumber()
    {
        var date = Transcript(builder => builder.AddDateSerial(1, 1, 45658.75));

        var number = Transcript(builder => builder.AddNumber(1, 1, 45658.75));

        Assert.That(date, Is.EqualTo(number));
    }

    [Test]
    public void StringLongerThanBufferHashes()
    {
        var text = new string('\u65e5', 40_000);

        var stream = Transcript(builder => builder.AddString(1, 1, text));

        Assert.That(stream, Has.Length.EqualTo(11 + 5 + 1 + 14 + 120_000));
        Assert.That(stream[^120_000..], Is.EqualTo(Encoding.UTF8.GetBytes(text)));
    }

    [Test]
    public void AddingCellsAllocatesNothing()
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");
        AddRows(builder, 1, 2_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        AddRows(builder, 2_001, 12_000);

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static void AddRows(CbHashV1Builder builder, int firstRow, int lastRow)
    {
        for (var row = firstRow; row <= lastRow; row++)
        {
            builder.AddNumber(row, 1, row * 0.1);
            builder.AddString(row, 2, "text\r\nvalue");
            builder.AddBoolean(row, 3, true);
            builder.AddError(row, 4, "#N/A");
        }
    }

    [Test]
    public void NonFiniteNumberChangesNothing()
    {
        var plain = Transcript(builder => builder.AddNumber(1, 2, 2));

        var afterRejection = Transcript(builder =>
        {
            Assert.That(() => builder.AddNumber(1, 1, double.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
            builder.AddNumber(1, 2, 2);
        });

        Assert.That(afterRejection, Is.EqualTo(plain));
    }

    [TestCase(1, 1)]
    [TestCase(1, 2)]
    [TestCase(2, 1)]
    public void CellOutOfOrderThrows(int row, int column)
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");
        builder.AddNumber(2, 2, 1);

        var add = () => builder.AddNumber(row, column, 1);

        Assert.That(add, Throws.InvalidOperationException.With.Message.Contains("row-major order"));
    }

    [TestCase(0, 1)]
    [TestCase(1, 0)]
    [TestCase(-1, 1)]
    public void CellOutsideSheetThrows(int row, int column)
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");

        var add = () => builder.AddString(row, column, "x");

        Assert.That(add, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("start at 1"));
    }

    [Test]
    public void NewSheetRestartsCellOrder()
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");
        builder.AddNumber(5, 5, 1);
        builder.BeginSheet("B");

        builder.AddNumber(1, 1, 1);

        Assert.That(builder.Complete().Sheets[1].CellCount, Is.EqualTo(1));
    }

    [Test]
    public void CellBeforeSheetThrows()
    {
        using var builder = new CbHashV1Builder();

        var add = () => builder.AddNumber(1, 1, 1);

        Assert.That(add, Throws.InvalidOperationException.With.Message.Contains("BeginSheet"));
    }

    [Test]
    public void CellAfterCompleteThrows()
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");
        builder.Complete();

        var add = () => builder.AddNumber(1, 1, 1);

        Assert.That(add, Throws.InvalidOperationException.With.Message.Contains("complete"));
    }

    [Test]
    public void CompleteTwiceReturnsSameResult()
    {
        using var builder = new CbHashV1Builder();
        AddSheetA(builder);

        var first = builder.Complete();
        var second = builder.Complete();

        Assert.That(second, Is.SameAs(first));
    }

    [TestCase("")]
    [TestCase(null)]
    public void EmptySheetNameThrows(string? name)
    {
        using var builder = new CbHashV1Builder();

        var begin = () => builder.BeginSheet(name!);

        Assert.That(begin, Throws.InstanceOf<ArgumentException>());
    }

    [TestCase("true")]
    [TestCase("1")]
    [TestCase("")]
    public void NonCanonicalBooleanThrows(string value)
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");

        var add = () => builder.AddCell(1, 1, CbHashValueType.Boolean, value);

        Assert.That(add, Throws.ArgumentException.With.Message.Contains("TRUE or FALSE"));
    }

    [Test]
    public void EmptyCanonicalNumberThrows()
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");

        var add = () => builder.AddCell(1, 1, CbHashValueType.Number, string.Empty);

        Assert.That(add, Throws.ArgumentException.With.Message.Contains("no value"));
    }

    [Test]
    public void UndefinedTypeTagThrows()
    {
        using var builder = new CbHashV1Builder();
        builder.BeginSheet("A");

        var add = () => builder.AddCell(1, 1, (CbHashValueType)'x', "1");

        Assert.That(add, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("n, s, b or e"));
    }

    [Test]
    public void DigestsAreNullUnlessRecorded()
    {
        using var builder = new CbHashV1Builder();
        AddSheetA(builder);

        var sheet = builder.Complete().Sheets[0];

        Assert.That(sheet.CellDigests, Is.Null);
    }

    [Test]
    public void RecordedDigestsCoverEveryCell()
    {
        using var builder = new CbHashV1Builder(recordCellDigests: true);
        AddSheetA(builder);

        var digests = builder.Complete().Sheets[0].CellDigests!.ReadAll().ToList();

        Assert.That(digests, Is.EqualTo(new[]
        {
            new CellDigest(1, 1, CellDigest.Compute(CbHashValueType.String, "Name"u8)),
            new CellDigest(1, 2, CellDigest.Compute(CbHashValueType.Number, "0.3"u8)),
            new CellDigest(3, 2, CellDigest.Compute(CbHashValueType.Boolean, "TRUE"u8)),
        }));
    }

    [Test]
    public void RecordingDigestsKeepsHash()
    {
        using var recording = new CbHashV1Builder(recordCellDigests: true);
        AddSheetA(recording);

        var result = recording.Complete();

        Assert.That(result.DataHash, Is.EqualTo(HashScope(AddSheetA)));
    }

    [Test]
    public void DigestCoversTagAndValue()
    {
        var expected = SHA256.HashData("s0"u8.ToArray())[..8];

        var digest = CellDigest.Compute(CbHashValueType.String, "0"u8);

        Assert.That(digest, Is.EqualTo(Convert.ToUInt64(Convert.ToHexString(expected), 16)));
        Assert.That(digest, Is.Not.EqualTo(CellDigest.Compute(CbHashValueType.Number, "0"u8)));
    }

    private static void AddSheetA(CbHashV1Builder builder)
    {
        builder.BeginSheet("A");
        builder.AddString(1, 1, "Name");
        builder.AddNumber(1, 2, 0.1 + 0.2);
        builder.AddBoolean(3, 2, true);
    }

    private static void AddSheetB(CbHashV1Builder builder)
    {
        builder.BeginSheet("B");
        builder.AddError(1, 1, "#DIV/0!");
    }

    private static string HashScope(Action<CbHashV1Builder> addSheets)
    {
        using var builder = new CbHashV1Builder();
        addSheets(builder);

        return builder.Complete().DataHash;
    }

    private static byte[] Transcript(Action<CbHashV1Builder> addCells)
    {
        using var transcript = new MemoryStream();
        using var builder = new CbHashV1Builder(transcript: transcript);
        builder.BeginSheet("A");
        addCells(builder);
        var result = builder.Complete();

        Assert.That(result.DataHash, Is.EqualTo(HashOf(transcript.ToArray())), "transcript and hash disagree");

        return transcript.ToArray();
    }

    private static string HashOf(byte[] stream) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream));
}
