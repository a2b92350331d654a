using System.Text;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class CsvImportTests
{
    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task Utf8ByteOrderMarkIsStripped()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("név,ü\n")];

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "név", "ü" }));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Utf16WithByteOrderMarkIsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] content = [.. encoding.GetPreamble(), .. encoding.GetBytes("a,ß\n€,2\n")];

        var cells = await ImportCellsAsync(content);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "a"),
            NormalizedCell.FromText(1, 2, "ß"),
            NormalizedCell.FromText(2, 1, "€"),
            NormalizedCell.FromNumber(2, 2, 2),
        }));
    }

    [Test]
    public async Task Utf16WithoutByteOrderMarkIsDetected()
    {
        var content = Encoding.Unicode.GetBytes("name,city\nÅsa,Malmö\n");

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "name", "city", "Åsa", "Malmö" }));
    }

    [Test]
    public async Task InvalidUtf8FallsBackToWindows1252()
    {
        byte[] content = [.. "price,"u8, 0x80, (byte)'5', (byte)'\n', .. "caf"u8, 0xE9, (byte)'\n'];

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "price", "€5", "café" }));
    }

    [Test]
    public async Task ValidUtf8WithoutMarkStaysUtf8()
    {
        var content = Encoding.UTF8.GetBytes("日本,€\n");

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "日本", "€" }));
    }

    [TestCase(',', "csv")]
    [TestCase(';', "csv")]
    [TestCase('\t', "tsv")]
    [TestCase('|', "csv")]
    public async Task DelimiterIsDetected(char delimiter, string expectedFormat)
    {
        var text = string.Join('\n', new[] { "\"a,b;c|d\tx\"", "1.5", "x y" }.Select(line => $"{line}{delimiter}2{delimiter}3")) + "\n";

        var workbook = await harness.ImportAsync(Encoding.UTF8.GetBytes(text), "data.txt");
        var cells = await harness.CellsAsync(workbook);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.SourceFormat, Is.EqualTo(expectedFormat));
            Assert.That(cells.Where(cell => cell.Row == 1).Select(cell => cell.Text ?? cell.Number.ToString()),
                Is.EqualTo(new[] { "a,b;c|d\tx", "2", "3" }));
            Assert.That(workbook.Sheets[0].Statistics.MaxColumn, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task QuotedDelimitersDoNotSplit()
    {
        var content = Encoding.UTF8.GetBytes("\"a;b;c;d\";x\n\"1;2\";y\n");

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "a;b;c;d", "x", "1;2", "y" }));
    }

    [Test]
    public async Task RaggedRowsAreKept()
    {
        var content = Encoding.UTF8.GetBytes("a,b,c\n1\n,,,,e\n\nlast,\n");

        var cells = await ImportCellsAsync(content);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "a"),
            NormalizedCell.FromText(1, 2, "b"),
            NormalizedCell.FromText(1, 3, "c"),
            NormalizedCell.FromNumber(2, 1, 1),
            NormalizedCell.FromText(3, 5, "e"),
            NormalizedCell.FromText(5, 1, "last"),
        }));
    }

    [Test]
    public async Task NulByteIsReadAsText()
    {
        var content = "a,b,c\n\0,2,3\n"u8.ToArray();

        var cells = await ImportCellsAsync(content);

        Assert.That(cells[3], Is.EqualTo(NormalizedCell.FromText(2, 1, "\0")));
    }

    [Test]
    public async Task CarriageReturnEndsRecords()
    {
        var content = "a,b\r1,2\r\"two\rlines\",x\r"u8.ToArray();

        var cells = await ImportCellsAsync(content);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "a"),
            NormalizedCell.FromText(1, 2, "b"),
            NormalizedCell.FromNumber(2, 1, 1),
            NormalizedCell.FromNumber(2, 2, 2),
            NormalizedCell.FromText(3, 1, "two\rlines"),
            NormalizedCell.FromText(3, 2, "x"),
        }));
    }

    [Test]
    public async Task QuotedFieldsKeepNewlinesAndQuotes()
    {
        var content = "\"say \"\"hi\"\"\",\"a\r\nb\",\"c\nd\"\r\n"u8.ToArray();

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "say \"hi\"", "a\r\nb", "c\nd" }));
    }

    [Test]
    public async Task HashLinesAreData()
    {
        var content = "# not a comment,1\n"u8.ToArray();

        var cells = await ImportCellsAsync(content);

        Assert.That(cells[0].Text, Is.EqualTo("# not a comment"));
    }

    [Test]
    public async Task BadQuotingIsReadLeniently()
    {
        var content = "a,\"b\"c,d\ne,\"unterminated\n"u8.ToArray();

        var cells = await ImportCellsAsync(content);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "a", "bc", "d", "e", "unterminated\n" }));
    }

    [Test]
    public async Task VeryLongFieldImports()
    {
        var field = new string('x', 300_000);

        var cells = await ImportCellsAsync(Encoding.UTF8.GetBytes($"a,{field},b\n"));

        Assert.That(cells[1].Text, Is.EqualTo(field));
    }

    [TestCase("3200010730102020", true)]
    [TestCase("-0.5", true)]
    [TestCase("0", true)]
    [TestCase("42", true)]
    [TestCase("0.1", true)]
    [TestCase("1E-07", true)]
    [TestCase("00123", false)]
    [TestCase("1.50", false)]
    [TestCase("+5", false)]
    [TestCase("1e5", false)]
    [TestCase(" 7", false)]
    [TestCase("7 ", false)]
    [TestCase(".5", false)]
    [TestCase("-0", false)]
    [TestCase("1,000", false)]
    [TestCase("NaN", false)]
    [TestCase("Infinity", false)]
    [TestCase("12345678901234567890", false)]
    [TestCase("TRUE", false)]
    [TestCase("2024-01-31", false)]
    public async Task NumbersAreInferredOnlyWhenLossless(string field, bool isNumber)
    {
        var content = Encoding.UTF8.GetBytes($"\"{field}\"\n");

        var cell = (await ImportCellsAsync(content)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(isNumber ? CellKind.Number : CellKind.Text));
            Assert.That(isNumber ? cell.Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : cell.Text,
                Is.EqualTo(field));
        }
    }

    [TestCase("sales 2024.csv", "sales 2024")]
    [TestCase("C:\\exports\\q1.tsv", "q1")]
    [TestCase("a/b/what?[x]*.csv", "what__x__")]
    [TestCase("'quoted'.csv", "quoted")]
    [TestCase(".csv", "Sheet1")]
    [TestCase("a-very-long-file-name-that-goes-past-the-limit.csv", "a-very-long-file-name-that-goes")]
    public async Task SheetIsNamedAfterFile(string fileName, string expectedName)
    {
        var workbook = await harness.ImportAsync("1\n"u8.ToArray(), fileName);

        Assert.That(workbook.Sheets.Single().Name, Is.EqualTo(expectedName));
    }

    private async Task<List<NormalizedCell>> ImportCellsAsync(byte[] content)
    {
        var workbook = await harness.ImportAsync(content, "data.csv");

        return await harness.CellsAsync(workbook);
    }
}
