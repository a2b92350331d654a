using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class XlsxStructureTests
{
    private const string TwoCells = "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>";

    private static readonly NormalizedCell[] TwoCellsExpected =
    [
        NormalizedCell.FromNumber(1, 1, 1),
        NormalizedCell.FromText(2, 2, "x"),
    ];

    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task MissingReferencesInferPositions()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row><c><v>1</v></c><c><v>2</v></c></row><row><c t=\"inlineStr\"><is><t>a</t></is></c></row>" +
                "<row r=\"5\"><c><v>5</v></c><c r=\"D5\"><v>6</v></c><c><v>7</v></c></row><row><c><v>8</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromNumber(1, 1, 1),
            NormalizedCell.FromNumber(1, 2, 2),
            NormalizedCell.FromText(2, 1, "a"),
            NormalizedCell.FromNumber(5, 1, 5),
            NormalizedCell.FromNumber(5, 4, 6),
            NormalizedCell.FromNumber(5, 5, 7),
            NormalizedCell.FromNumber(6, 1, 8),
        }));
    }

    [Test]
    public async Task StrictNamespacesImport()
    {
        var package = new XlsxPackageBuilder().Strict().WithSheet("S", TwoCells).Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(TwoCellsExpected));
    }

    [Test]
    public async Task PrefixedNamespacesImport()
    {
        var package = new XlsxPackageBuilder()
            .WithPrefix("x")
            .WithSharedStrings("<r><t>pre</t></r><r><t>fixed</t></r>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells.Single().Text, Is.EqualTo("prefixed"));
    }

    [Test]
    public async Task StrictPrefixedPartsWithMarksImport()
    {
        var package = new XlsxPackageBuilder().Strict().WithPrefix("s").WithByteOrderMarks().WithSheet("S", TwoCells).Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(TwoCellsExpected));
    }

    [Test]
    public async Task NonStandardFolderImports()
    {
        var package = new XlsxPackageBuilder().InFolder("wtf").WithSheet("S", TwoCells).Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(TwoCellsExpected));
    }

    [Test]
    public async Task AbsoluteTargetsImport()
    {
        var package = new XlsxPackageBuilder().InFolder("book/parts").WithAbsoluteTargets().WithSheet("S", TwoCells).Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(TwoCellsExpected));
    }

    [Test]
    public async Task SheetsKeepWorkbookOrderAndVisibility()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("Visible", TwoCells)
            .WithSheet("Hidden", TwoCells, state: "hidden")
            .WithChartsheet("Chart")
            .WithSheet("Secret", TwoCells, state: "veryHidden")
            .Build();

        var workbook = await harness.ImportAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.Sheets.Select(sheet => sheet.Name), Is.EqualTo(new[] { "Visible", "Hidden", "Secret" }));
            Assert.That(workbook.Sheets.Select(sheet => sheet.Hidden), Is.EqualTo(new[] { false, true, true }));
            Assert.That(workbook.Sheets.Select(sheet => sheet.Index), Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(await harness.CellsAsync(workbook, 2), Is.EqualTo(TwoCellsExpected));
        }
    }

    [Test]
    public async Task SheetIdsAreDistinctUuids()
    {
        var package = new XlsxPackageBuilder().WithSheet("A", TwoCells).WithSheet("B", TwoCells).Build();

        var workbook = await harness.ImportAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.Sheets.All(sheet => Guid.TryParse(sheet.SheetId, out _)), Is.True);
            Assert.That(workbook.Sheets[0].SheetId, Is.Not.EqualTo(workbook.Sheets[1].SheetId));
        }
    }

    [Test]
    public async Task CellAtXfd1048576Imports()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c r=\"XFD1048576\"><v>2</v></c></row>")
            .Build();

        var workbook = await harness.ImportAsync(package);
        var cells = await harness.CellsAsync(workbook);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Last(), Is.EqualTo(NormalizedCell.FromNumber(1_048_576, 16_384, 2)));
            Assert.That(workbook.Sheets[0].Statistics.MaxColumn, Is.EqualTo(16_384));
            Assert.That(workbook.Sheets[0].Statistics.MaxRow, Is.EqualTo(1_048_576));
        }
    }

    [Test]
    public async Task OutOfOrderCellsAreSorted()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"3\"><c r=\"B3\"><v>6</v></c><c r=\"A3\"><v>5</v></c></row>" +
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>9</v></c></row>")
            .Build();

        var cells = await ImportCellsAsync(package);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromNumber(1, 1, 9),
            NormalizedCell.FromNumber(3, 1, 5),
            NormalizedCell.FromNumber(3, 2, 6),
        }));
    }

    [Test]
    public async Task MacroEnabledWorkbookIsXlsm()
    {
        var package = new XlsxPackageBuilder().MacroEnabled().WithSheet("S", TwoCells).Build();

        var workbook = await harness.ImportAsync(package, "named-as.xlsx");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.SourceFormat, Is.EqualTo("xlsm"));
            Assert.That(await harness.CellsAsync(workbook), Is.EqualTo(TwoCellsExpected));
        }
    }

    [Test]
    public async Task ContentDecidesOverFileName()
    {
        var package = new XlsxPackageBuilder().WithSheet("S", TwoCells).Build();

        var workbook = await harness.ImportAsync(package, "report.csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.SourceFormat, Is.EqualTo("xlsx"));
            Assert.That(workbook.Name, Is.EqualTo("report.csv"));
        }
    }

    [Test]
    public async Task StatisticsCountStoredCells()
    {
        var package = new XlsxPackageBuilder().WithSheet("S", TwoCells).Build();

        var workbook = await harness.ImportAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.Sheets[0].Statistics.CellCount, Is.EqualTo(2));
            Assert.That(workbook.Sheets[0].Statistics.RowsWithValues, Is.EqualTo(2));
        }
    }

    private async Task<List<NormalizedCell>> ImportCellsAsync(byte[] package)
    {
        var workbook = await harness.ImportAsync(package);

        return await harness.CellsAsync(workbook);
    }
}
