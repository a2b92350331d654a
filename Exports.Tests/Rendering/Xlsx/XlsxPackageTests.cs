using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using NormalizedCell = Exports.Renderer.Workbooks.Normalized.NormalizedCell;
using SourceStyle = Exports.Renderer.Workbooks.Normalized.CellStyle;

namespace Exports.Tests.Rendering.Xlsx;

[TestFixture]
public sealed class XlsxPackageTests
{
    // The default layout has three zones, so the values of sheet "Data" are on its Foundation sheet.
    private const string Foundation = "Foundation - Data";

    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task ValidatorReportsNoErrors()
    {
        var builder = new NormalizedWorkbookBuilder();
        var styled = builder.Style(XlsxStyleTests.RichStyle);
        builder.Sheet("Data", [.. SampleCells.EveryKind(1), NormalizedCell.FromNumber(2, 1, 5, styled)]);
        builder.Sheet("Hidden", SampleCells.Grid(5, 3), hidden: true);
        builder.Sheet("Empty", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.Validate().Select(error => $"{error.Path?.XPath}: {error.Description}"), Is.Empty);
    }

    [Test]
    public async Task WorksheetChildrenFollowSchemaOrder()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 12));

        using var package = await ExportAsync(builder);

        var children = package.Worksheet(Foundation).ChildElements.Select(element => element.LocalName);
        Assert.That(children, Is.EqualTo(new[]
        {
            "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetProtection",
        }));
    }

    [Test]
    public async Task DimensionSpansFirstToLastValue()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet(
            "Data", [NormalizedCell.FromNumber(2, 3, 1), NormalizedCell.FromNumber(7, 2, 2), NormalizedCell.FromNumber(9, 5, 3)]);

        using var package = await ExportAsync(builder);

        Assert.That(package.Worksheet(Foundation).SheetDimension!.Reference!.Value, Is.EqualTo("B2:E9"));
    }

    [Test]
    public async Task EmptySheetHasDimensionA1()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", []);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Worksheet(Foundation).SheetDimension!.Reference!.Value, Is.EqualTo("A1"));
            Assert.That(package.Worksheet(Foundation).Descendants<Row>(), Is.Empty);
        }
    }

    [Test]
    public async Task SheetNamesFollowExcelRules()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("a/b\\c:d*e?f[g]h", [])
            .Sheet("'quoted'", [])
            .Sheet("A name that is far longer than thirty-one characters", [])
            .Sheet("Data", [])
            .Sheet("DATA", [])
            .Sheet("'", [])
            .Sheet("tab\there", []);

        using var package = await ExportAsync(builder, new RenderOptions { XlsxThreeZone = false });

        var names = package.Sheets.Select(sheet => sheet.Name!.Value);
        Assert.That(names, Is.EqualTo(new[]
        {
            "a_b_c_d_e_f_g_h", "quoted", "A name that is far longer than ", "Data", "DATA (2)", "Sheet6", "tab_here",
        }));
    }

    [Test]
    public async Task RepeatedLongNamesStayWithinLimit()
    {
        var name = new string('x', 40);
        var builder = new NormalizedWorkbookBuilder().Sheet(name, []).Sheet(name, []);

        using var package = await ExportAsync(builder, new RenderOptions { XlsxThreeZone = false });

        var names = package.Sheets.Select(sheet => sheet.Name!.Value).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names[1], Is.EqualTo(new string('x', 27) + " (2)"));
            Assert.That(names, Has.All.Length.LessThanOrEqualTo(31));
        }
    }

    [Test]
    public async Task HiddenSheetStaysHidden()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Hidden", SampleCells.Grid(2, 2), hidden: true)
            .Sheet("Shown", SampleCells.Grid(2, 2));

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Sheets[0].State?.Value, Is.EqualTo(SheetStateValues.Hidden));
            Assert.That(package.Sheets[1].State, Is.Null);
            Assert.That(package.WorkbookPart.Workbook.BookViews!.GetFirstChild<WorkbookView>()!.ActiveTab!.Value, Is.EqualTo(1));
            Assert.That(
                package.Worksheet("Foundation - Shown").SheetViews!.GetFirstChild<SheetView>()!.TabSelected!.Value,
                Is.True);
        }
    }

    [Test]
    public async Task AllHiddenShowsFirstSheet()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("One", [], hidden: true)
            .Sheet("Two", [], hidden: true);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Sheets[0].State, Is.Null);
            Assert.That(package.Sheets[1].State?.Value, Is.EqualTo(SheetStateValues.Hidden));
        }
    }

    [Test]
    public async Task FreezeHeaderFreezesFirstRow()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 2));

        using var package = await ExportAsync(builder);

        var pane = package.Worksheet(Foundation).Descendants<Pane>().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pane.VerticalSplit!.Value, Is.EqualTo(1));
            Assert.That(pane.TopLeftCell!.Value, Is.EqualTo("A2"));
            Assert.That(pane.State!.Value, Is.EqualTo(PaneStateValues.Frozen));
        }
    }

    [Test]
    public async Task FreezeHeaderOffWritesNoPane()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 2));

        using var package = await ExportAsync(builder, new RenderOptions { XlsxFreezeHeader = false });

        Assert.That(package.Worksheet(Foundation).Descendants<Pane>(), Is.Empty);
    }

    [Test]
    public async Task EmptySheetGetsNoFrozenPane()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.Worksheet(Foundation).Descendants<Pane>(), Is.Empty);
    }

    [Test]
    public async Task AutoWidthSizesWideColumns()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet(
            "Data",
            [
                NormalizedCell.FromText(1, 1, "x"),
                NormalizedCell.FromText(1, 2, new string('w', 20)),
                NormalizedCell.FromText(1, 4, new string('w', 300)),
            ]);

        using var package = await ExportAsync(builder);

        var columns = package.Worksheet(Foundation).Descendants<Column>()
            .ToDictionary(column => column.Min!.Value, column => column.Width!.Value);
        Assert.That(columns, Is.EqualTo(new Dictionary<uint, double> { [2] = 22, [4] = 80 }));
    }

    [Test]
    public async Task AutoWidthOffWritesNoColumns()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1, 1, new string('w', 20))]);

        using var package = await ExportAsync(builder, new RenderOptions { XlsxAutoWidth = false });

        Assert.That(package.Worksheet(Foundation).Descendants<Columns>(), Is.Empty);
    }

    [Test]
    public async Task RowPastExcelLimitFailsClearly()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Tall", [NormalizedCell.FromNumber(1_048_577, 1, 1)]);
        var context = await builder.BuildAsync(folder);

        var write = () => ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("out.xlsx"));

        var exception = Assert.ThrowsAsync<UnrepresentableValueException>(() => write());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Code, Is.EqualTo("unrepresentable_value"));
            Assert.That(exception.Message, Does.Contain("Sheet 'Tall'").And.Contain("1,048,576"));
        }
    }

    [Test]
    public async Task NoSheetsFailsClearly()
    {
        var context = await new NormalizedWorkbookBuilder().BuildAsync(folder);

        var write = () => ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("out.xlsx"));

        Assert.That(write, Throws.ArgumentException.With.Message.Contains("at least one sheet"));
    }

    [Test]
    public async Task HashUsesOutputSheetNames()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("a/b", [NormalizedCell.FromNumber(1, 1, 1)]);

        var (_, context) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx");

        using var expected = new CbHashV1Builder();
        expected.BeginSheet("Foundation - a_b");
        expected.AddNumber(1, 1, 1);
        Assert.That(context.Hash!.DataHash, Is.EqualTo(expected.Complete().DataHash));
    }

    [Test]
    public async Task DescribeNamesWorkbookFile()
    {
        var context = await new NormalizedWorkbookBuilder("Q3: report.xlsx").Sheet("Data", []).BuildAsync(folder);

        var info = XlsxWriters.Create().Describe(context);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info.FileName, Is.EqualTo("Q3_ report.xlsx"));
            Assert.That(info.ContentType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
    }

    [Test]
    public async Task EqualInputGivesEqualBytes()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind());
        var context = await builder.BuildAsync(folder);

        var first = await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("first.xlsx"));
        var second = await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("second.xlsx"));

        Assert.That(await File.ReadAllBytesAsync(second), Is.EqualTo(await File.ReadAllBytesAsync(first)));
    }

    private async Task<XlsxPackage> ExportAsync(NormalizedWorkbookBuilder builder, RenderOptions? options = null)
    {
        var (path, _) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx", options);

        return new XlsxPackage(path);
    }
}
