using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class XlsxValueTests
{
    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task SharedStringsImportAsText()
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings("<t>alpha</t>", "<t xml:space=\"preserve\"> beta </t>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, " beta "),
            NormalizedCell.FromText(1, 2, "alpha"),
        }));
    }

    [Test]
    public async Task RichTextRunsAreConcatenated()
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings("<r><rPr><b/></rPr><t>bold</t></r><r><t xml:space=\"preserve\"> and plain</t></r>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells.Single().Text, Is.EqualTo("bold and plain"));
    }

    [Test]
    public async Task PhoneticRunsAreExcluded()
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings("<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells.Single().Text, Is.EqualTo("東京"));
    }

    [Test]
    public async Task EmptySharedStringIsBlank()
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings("<t>first</t>", string.Empty, "<t>third</t>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>" +
                "<c r=\"C1\" t=\"s\"><v>2</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "first"),
            NormalizedCell.FromText(1, 3, "third"),
        }));
    }

    [Test]
    public async Task InlineStringsImportAsText()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>plain</t></is></c>" +
                "<c r=\"B1\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>" +
                "<c r=\"C1\" t=\"inlineStr\"><is><t></t></is></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "plain"),
            NormalizedCell.FromText(1, 2, "rich"),
        }));
    }

    [TestCase("line_x000D_break", "line\rbreak")]
    [TestCase("tab_x0009_here", "tab\there")]
    [TestCase("_x005F_x000D_", "_x000D_")]
    [TestCase("a_x005F_b", "a_b")]
    [TestCase("_x00G1_", "_x00G1_")]
    [TestCase("_x0041", "_x0041")]
    [TestCase("x_x_", "x_x_")]
    [TestCase("_xD83C__xDF63_", "\U0001F363")]
    public async Task EscapesDecodeInEveryStringKind(string stored, string expected)
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings($"<t>{stored}</t>")
            .WithSheet("S", $"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>" +
                $"<c r=\"B1\" t=\"inlineStr\"><is><t>{stored}</t></is></c>" +
                $"<c r=\"C1\" t=\"str\"><f>A1</f><v>{stored}</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { expected, expected, expected }));
    }

    [Test]
    public async Task BooleansReadBothSpellings()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>" +
                "<c r=\"C1\" t=\"b\"><v>true</v></c><c r=\"D1\" t=\"b\"><v>false</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromBoolean(1, 1, true),
            NormalizedCell.FromBoolean(1, 2, false),
            NormalizedCell.FromBoolean(1, 3, true),
            NormalizedCell.FromBoolean(1, 4, false),
        }));
    }

    [TestCase("#DIV/0!")]
    [TestCase("#N/A")]
    [TestCase("#NULL!")]
    [TestCase("#VALUE!")]
    [TestCase("#REF!")]
    [TestCase("#NAME?")]
    [TestCase("#NUM!")]
    [TestCase("#GETTING_DATA")]
    [TestCase("#SPILL!")]
    public async Task ErrorLiteralsImportAsErrors(string literal)
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", $"<row r=\"1\"><c r=\"A1\" t=\"e\"><v>{literal}</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells.Single(), Is.EqualTo(NormalizedCell.FromError(1, 1, literal)));
    }

    [Test]
    public async Task FormulaKeepsCachedValueAndText()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f>A1*21</f><v>42</v></c>" +
                "<c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c><c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromNumber(1, 1, 2),
            NormalizedCell.FromNumber(1, 2, 42) with { Formula = "A1*21" },
            NormalizedCell.FromText(1, 3, "ab") with { Formula = "\"a\"&\"b\"" },
            NormalizedCell.FromError(1, 4, "#DIV/0!") with { Formula = "1/0" },
        }));
    }

    [Test]
    public async Task FormulaWithoutCachedValueIsBlank()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\"><f>NOW()</f></c><c r=\"B1\"><v>1</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[] { NormalizedCell.FromNumber(1, 2, 1) }));
    }

    [Test]
    public async Task SharedFormulaFollowerHasNoText()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A2\" si=\"0\">ROW()*2</f><v>2</v></c></row>" +
                "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromNumber(1, 1, 2) with { Formula = "ROW()*2" },
            NormalizedCell.FromNumber(2, 1, 4),
        }));
    }

    [TestCase("3200010730102020", 3200010730102020d)]
    [TestCase("3.1415926535897931E+300", 3.1415926535897931E+300)]
    [TestCase("-3.1415926535897903E-300", -3.1415926535897903E-300)]
    [TestCase("0.1", 0.1)]
    [TestCase("1.7976931348623157E+308", double.MaxValue)]
    [TestCase("4.9406564584124654E-324", double.Epsilon)]
    [TestCase("-0.5", -0.5)]
    [TestCase(" 12 ", 12d)]
    public async Task NumbersParseExactly(string stored, double expected)
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", $"<row r=\"1\"><c r=\"A1\"><v>{stored}</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(BitConverter.DoubleToInt64Bits(cells.Single().Number), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)));
    }

    [TestCase("NaN")]
    [TestCase("nan")]
    [TestCase("INF")]
    [TestCase("-Infinity")]
    [TestCase("1e999")]
    public async Task NonFiniteNumberBecomesNumError(string stored)
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", $"<row r=\"1\"><c r=\"A1\"><v>{stored}</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells.Single(), Is.EqualTo(NormalizedCell.FromError(1, 1, "#NUM!")));
    }

    [Test]
    public async Task LeadingZeroStringStaysText()
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings("<t>00123</t>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"str\"><v>007</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "00123"),
            NormalizedCell.FromText(1, 2, "007"),
        }));
    }

    [Test]
    public async Task EmptyStringCellsAreBlank()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"str\"><v></v></c><c r=\"B1\" t=\"inlineStr\"><is/></c>" +
                "<c r=\"C1\" t=\"str\"><f>\"\"</f><v/></c><c r=\"D1\"/><c r=\"E1\" t=\"str\"><v> </v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[] { NormalizedCell.FromText(1, 5, " ") }));
    }

    private async Task<List<NormalizedCell>> ImportCellsAsync(byte[] package)
    {
        var workbook = await harness.ImportAsync(package);

        return await harness.CellsAsync(workbook);
    }
}
