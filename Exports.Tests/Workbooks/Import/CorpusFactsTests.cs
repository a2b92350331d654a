using System.Globalization;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support;

namespace Exports.Tests.Workbooks.Import;

/// <summary>Facts the corpus documents about particular files, checked one by one.</summary>
[TestFixture]
public sealed class CorpusFactsTests
{
    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task DoublePrecisionValuesRoundTrip()
    {
        var cells = await CellsAsync("xlsx/edr__TestDoublePrecision.xlsx");

        var numbers = cells.Where(cell => cell.Kind == CellKind.Number).Select(cell => cell.Number).ToHashSet();

        Assert.That(numbers, Is.SupersetOf(new[]
        {
            3.14159265358979, 3.1415926535897903E-300, -3.1415926535897903E-300,
            3.1415926535897931E+300, -3.1415926535897931E+300, 314159265358979d, -314159265358979d,
        }));
    }

    [TestCase("xlsx/sheetjs__1904_1904.xlsx")]
    [TestCase("xlsx/sheetjs__1904_1900.xlsx")]
    public async Task DatesMatchExcelsCachedText(string file)
    {
        var cells = await CellsAsync(file);

        var dates = cells.Where(cell => cell.Column == 2).Select(cell => ExcelDateSerial.ToDateTime(cell.Number, out _)!.Value);
        var texts = cells.Where(cell => cell.Column == 3).Select(cell => cell.Text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Where(cell => cell.Column == 2).Select(cell => cell.Kind), Has.All.EqualTo(CellKind.DateTime));
            Assert.That(dates.Select(date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Is.EqualTo(texts));
        }
    }

    [Test]
    public async Task Date1904TwinsDifferByOffset()
    {
        var serials1904 = (await CellsAsync("xlsx/sheetjs__1904_1904.xlsx")).Where(cell => cell.Column == 2).Select(cell => cell.Number);
        var serials1900 = (await CellsAsync("xlsx/sheetjs__1904_1900.xlsx")).Where(cell => cell.Column == 2).Select(cell => cell.Number);

        Assert.That(serials1904, Is.EqualTo(serials1900.Select(serial => serial + ExcelDateSerial.Offset1904)));
    }

    [Test]
    public async Task EscapedCarriageReturnIsDecoded()
    {
        var cells = await CellsAsync("xlsx/calamine__has_x000D_.xlsx");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Single().Text, Does.Contain("\r"));
            Assert.That(cells.Single().Text, Does.Not.Contain("_x000D_"));
        }
    }

    [Test]
    public async Task PhoneticTextIsNotAppended()
    {
        var cells = await CellsAsync("xlsx/sheetjs__phonetic_text.xlsx");

        Assert.That(cells.Select(cell => cell.Text), Is.EqualTo(new[] { "漢字", "漢字withColor" }));
    }

    [Test]
    public async Task EmptySharedStringLeavesGap()
    {
        var cells = await CellsAsync("xlsx/closedxml__EmptySi.xlsx");

        Assert.That(cells.Select(cell => $"{cell.Row},{cell.Column}={cell.Text}"), Is.EqualTo(new[]
        {
            "1,1=A1", "1,2=B1", "1,3=C1", "2,1=A2", "2,3=C2", "3,1=A3", "3,2=B3", "3,3=C3",
        }));
    }

    [Test]
    public async Task PositionsAreInferredWithoutReferences()
    {
        var workbook = await ImportAsync("xlsx/edr__NoDimensionOrCellReferenceAttribute.xlsx");

        Assert.That(
            workbook.Sheets.Select(sheet => (sheet.Statistics.MaxColumn, sheet.Statistics.MaxRow)),
            Is.EqualTo(new[] { (8, 7), (8, 20) }));
    }

    [Test]
    public async Task ThousandAndTwentyFourSheetsImport()
    {
        var workbook = await ImportAsync("xlsx/openpyxl__bigfoot_1024_sheets.xlsx");

        Assert.That(workbook.Sheets, Has.Count.EqualTo(1024));
    }

    [Test]
    public async Task ChartsheetsAreExcluded()
    {
        var workbook = await ImportAsync("xlsx/calamine__any_sheets.xlsx");

        Assert.That(workbook.Sheets.Select(sheet => (sheet.Name, sheet.Hidden)),
            Is.EqualTo(new[] { ("Visible", false), ("Hidden", true), ("VeryHidden", true) }));
    }

    [Test]
    public async Task StyledBlankCellsAtXfdAreSkipped()
    {
        var workbook = await ImportAsync("xlsx/calamine__issue_174_gnumeric_XFD.xlsx");

        var statistics = workbook.Sheets[0].Statistics;

        Assert.That((statistics.MaxColumn, statistics.MaxRow), Is.EqualTo((11, 2)), "cells out to XFD1048576 carry a style only");
    }

    [Test]
    public async Task IsoDateCellsBecomeSerials()
    {
        var cells = await CellsAsync("xlsx/calamine__date_iso.xlsx");

        Assert.That(cells.Take(3).Select(cell => (cell.Kind, Math.Round(cell.Number, 9))), Is.EqualTo(new[]
        {
            (CellKind.DateTime, 44197d), (CellKind.DateTime, 44197.423726852), (CellKind.DateTime, 0.423726852),
        }));
    }

    [Test]
    public async Task MacroWorkbookImportsAsXlsm()
    {
        var workbook = await ImportAsync("xlsx/openpyxl__vba-test.xlsm");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.SourceFormat, Is.EqualTo("xlsm"));
            Assert.That(workbook.Sheets.Select(sheet => sheet.Name), Is.EqualTo(new[] { "Scratch" }));
        }
    }

    [Test]
    public async Task NonStandardPathsAreFollowed()
    {
        var workbook = await ImportAsync("xlsx/sheetjs__wtf_path.xlsx");

        Assert.That(workbook.Sheets.Select(sheet => (sheet.Name, sheet.Hidden)),
            Is.EqualTo(new[] { ("SheetJS", false), ("Hidden", true) }));
    }

    [Test]
    public async Task Windows1252TextIsDecoded()
    {
        var cells = await CellsAsync("csv/edr__cp1252.csv");

        Assert.That(cells.Where(cell => cell.Row == 3), Is.EqualTo(new[]
        {
            NormalizedCell.FromNumber(3, 1, 4),
            NormalizedCell.FromNumber(3, 2, 5),
            NormalizedCell.FromText(3, 3, "æøå"),
        }));
    }

    [TestCase("csv/edr__utf16le_bom.csv")]
    [TestCase("csv/edr__utf16be_bom.csv")]
    public async Task Utf16FilesMatchUtf8Twin(string file)
    {
        var expected = await CellsAsync("csv/edr__utf8_bom.csv");

        var cells = await CellsAsync(file);

        Assert.That(cells, Is.EqualTo(expected));
    }

    [Test]
    public async Task TabFileImportsAsTsv()
    {
        var workbook = await ImportAsync("csv/frictionless__tab.tsv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.SourceFormat, Is.EqualTo("tsv"));
            Assert.That(workbook.Sheets[0].Statistics.MaxColumn, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task SemicolonFileSplitsOnSemicolons()
    {
        var workbook = await ImportAsync("csv/frictionless__semicolon.csv");

        Assert.That(workbook.Sheets[0].Statistics.MaxColumn, Is.EqualTo(3));
    }

    [Test]
    public async Task LeadingZeroesStayText()
    {
        var cells = await CellsAsync("csv/csvkit__leading_zeroes.csv");

        Assert.That(cells.Where(cell => cell.Row == 2).Select(cell => (cell.Kind, cell.Text)),
            Is.EqualTo(new[] { (CellKind.Text, "01"), (CellKind.Text, "00.11"), (CellKind.Number, (string?)null) }));
    }

    [Test]
    public async Task WideFileKeepsEveryColumn()
    {
        var workbook = await ImportAsync("csv/frictionless__1030_columns.csv");

        Assert.That(workbook.Sheets[0].Statistics.MaxColumn, Is.EqualTo(1030));
    }

    private async Task<WorkbookDescriptor> ImportAsync(string relativePath)
    {
        var directory = Corpus.FindDirectory();
        if (directory is null)
        {
            Assert.Ignore(Corpus.UnsetMessage);
        }

        return await harness.ImportFileAsync(Path.Combine(directory, relativePath));
    }

    private async Task<List<NormalizedCell>> CellsAsync(string relativePath) =>
        await harness.CellsAsync(await ImportAsync(relativePath));
}
