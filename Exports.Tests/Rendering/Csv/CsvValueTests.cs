using System.Text;
using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Csv;

[TestFixture]
public sealed class CsvValueTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase(0.1 + 0.2, "0.30000000000000004")]
    [TestCase(1e21, "1E+21")]
    [TestCase(5e-324, "5E-324")]
    [TestCase(3200010730102020d, "3200010730102020")]
    [TestCase(-0.0, "0")]
    [TestCase(-2.5, "-2.5")]
    public async Task NumberWrittenShortestRoundTrip(double value, string expected)
    {
        var text = await ExportTextAsync([NormalizedCell.FromNumber(1, 1, value)]);

        Assert.That(text, Is.EqualTo(expected + "\r\n"));
    }

    [TestCase(1d, "1900-01-01")]
    [TestCase(59d, "1900-02-28")]
    [TestCase(60d, "1900-02-29")]
    [TestCase(61d, "1900-03-01")]
    [TestCase(0.25, "06:00:00")]
    [TestCase(0d, "00:00:00")]
    [TestCase(44197.423726851855, "2021-01-01T10:10:10")]
    [TestCase(44197.50000142361, "2021-01-01T12:00:00.123")]
    [TestCase(60.5, "1900-02-29T12:00:00")]
    [TestCase(59.9999999999999, "1900-02-29")]
    [TestCase(60.9999999999999, "1900-03-01")]
    [TestCase(-1d, "-1")]
    [TestCase(3_000_000d, "3000000")]
    public async Task DateWrittenAsIso(double serial, string expected)
    {
        var text = await ExportTextAsync([NormalizedCell.FromDateSerial(1, 1, serial)]);

        Assert.That(text, Is.EqualTo(expected + "\r\n"));
    }

    [Test]
    public async Task BooleansErrorsAndNonFiniteWritten()
    {
        var text = await ExportTextAsync(
        [
            NormalizedCell.FromBoolean(1, 1, true),
            NormalizedCell.FromBoolean(1, 2, false),
            NormalizedCell.FromError(1, 3, "#N/A"),
            NormalizedCell.FromNumber(1, 4, double.NaN),
            NormalizedCell.FromDateSerial(1, 5, double.PositiveInfinity),
        ]);

        Assert.That(text, Is.EqualTo("TRUE,FALSE,#N/A,#NUM!,#NUM!\r\n"));
    }

    [Test]
    public async Task SpecialTextReadsBackExactly()
    {
        string[] texts = ["a,b", "say \"hi\"", "line\r\nbreak", "lf\nonly", "  padded  ", "#hash", "'quoted", "é€中😀"];
        var cells = texts.Select((text, index) => NormalizedCell.FromText(1, index + 1, text));

        var path = await ExportAsync(cells);

        Assert.That(CsvRecords.ParseFile(path).Single(), Is.EqualTo(texts));
    }

    [Test]
    public async Task QuotesOnlyFieldsThatNeedThem()
    {
        var text = await ExportTextAsync(
        [
            NormalizedCell.FromText(1, 1, "plain"),
            NormalizedCell.FromText(1, 2, "a,b"),
            NormalizedCell.FromText(1, 3, "q\"q"),
            NormalizedCell.FromText(1, 4, " space"),
        ]);

        Assert.That(text, Is.EqualTo("plain,\"a,b\",\"q\"\"q\", space\r\n"));
    }

    [Test]
    public async Task RowEndsAtLastValue()
    {
        var text = await ExportTextAsync(
        [
            NormalizedCell.FromText(1, 1, "a"),
            NormalizedCell.FromText(1, 4, "d"),
            NormalizedCell.FromText(2, 2, "b"),
        ]);

        Assert.That(text, Is.EqualTo("a,,,d\r\n,b\r\n"));
    }

    [Test]
    public async Task BlankRowsBecomeEmptyLines()
    {
        var text = await ExportTextAsync(
        [
            NormalizedCell.FromText(1, 1, "first"),
            NormalizedCell.FromText(4, 1, "fourth"),
            NormalizedCell.FromText(5, 2, "fifth"),
        ]);

        Assert.That(text, Is.EqualTo("first\r\n\r\n\r\nfourth\r\n,fifth\r\n"));
    }

    [Test]
    public async Task OutputStartsAtUsedRange()
    {
        var text = await ExportTextAsync(
        [
            NormalizedCell.FromText(3, 3, "c3"),
            NormalizedCell.FromText(5, 4, "d5"),
        ]);

        Assert.That(text, Is.EqualTo("c3\r\n\r\n,d5\r\n"));
    }

    [Test]
    public async Task EmptySheetGivesEmptyFile()
    {
        var text = await ExportTextAsync([]);

        Assert.That(text, Is.Empty);
    }

    [Test]
    public async Task LongTextIsNotCut()
    {
        var path = await ExportAsync([NormalizedCell.FromText(1, 1, new string('x', 100_000))]);

        Assert.That(CsvRecords.ParseFile(path).Single().Single(), Has.Length.EqualTo(100_000));
    }

    [Test]
    public async Task DescribeNamesSingleCsvFile()
    {
        var context = await new NormalizedWorkbookBuilder("Budget.xlsx").Sheet("Data", []).BuildAsync(folder);

        var info = new CsvExportWriter().Describe(context);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info.FileName, Is.EqualTo("Budget.csv"));
            Assert.That(info.ContentType, Is.EqualTo("text/csv"));
        }
    }

    private async Task<string> ExportAsync(IEnumerable<NormalizedCell> cells)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", cells);
        var (path, _) = await ExportFiles.ExportAsync(new CsvExportWriter(), builder, folder, "out.csv");

        return path;
    }

    // The default encoding is UTF-8 with a byte order mark, which this decoding drops.
    private async Task<string> ExportTextAsync(IEnumerable<NormalizedCell> cells) =>
        new UTF8Encoding(false).GetString(await File.ReadAllBytesAsync(await ExportAsync(cells))).TrimStart('\uFEFF');
}
