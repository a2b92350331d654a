using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>What a PDF export shows, read back with poppler's pdftotext, pdfinfo and pdffonts.</summary>
[TestFixture]
public sealed class PdfContentTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task SmallSheetShowsEveryValue()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Assets", [NormalizedCell.FromText(1, 1, "Kind"), .. SampleCells.EveryKind(2)]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        Assert.That(pages, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            foreach (var value in new[]
            {
                "Foundation - Assets", "Kind", "Text", "0.30000000000000004", "1900-01-01", "06:00:00",
                "2021-01-01T10:10:10", "TRUE", "FALSE", "#DIV/0!",
            })
            {
                Assert.That(pages[0], Does.Contain(value));
            }
        }
    }

    [Test]
    public async Task NumbersKeepEveryDigit()
    {
        var cells = SampleCells.ExactDoubles.Select((value, index) => NormalizedCell.FromNumber(index + 1, 1, value));
        var builder = new NormalizedWorkbookBuilder().Sheet("Numbers", cells);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var text = await PdfTools.TextAsync(path);
        using (Assert.EnterMultipleScope())
        {
            foreach (var expected in new[]
            {
                "0.30000000000000004", "1E+21", "5E-324", "3200010730102020", "-2.5", "1.7976931348623157E+308",
                "1E-07", "123456789.123",
            })
            {
                Assert.That(text, Does.Contain(expected));
            }
        }
    }

    [Test]
    public async Task HeaderRepeatsOnEveryPage()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Ledger", SampleCells.Grid(200, 4));

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        var info = await PdfTools.InfoAsync(path);
        Assert.That(pages, Has.Count.GreaterThan(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(pages.Count));
            foreach (var page in pages)
            {
                Assert.That(page, Does.Contain("Column 1").And.Contain("Column 4"));
                Assert.That(page, Does.Contain("Foundation - Ledger"));
            }

            Assert.That(pages[^1], Does.Contain("200004.5"));
            Assert.That(pages[0], Does.Not.Contain("200004.5"));
        }
    }

    [Test]
    public async Task PagesAreNumberedOfTotal()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Ledger", SampleCells.Grid(150, 3));

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        using (Assert.EnterMultipleScope())
        {
            for (var index = 0; index < pages.Count; index++)
            {
                Assert.That(pages[index], Does.Contain($"Page {index + 1} of {pages.Count}"));
            }
        }
    }

    [Test]
    public async Task NarrowSheetIsPortrait()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Narrow", SampleCells.Grid(5, 3));

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var info = await PdfTools.InfoAsync(path);
        Assert.That(info["Page size"], Does.StartWith("595 x 842 pts"));
    }

    [Test]
    public async Task WideSheetIsLandscape()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Wide", WideRows(rows: 3, columns: 5));

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var info = await PdfTools.InfoAsync(path);
        var text = await PdfTools.TextAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(info["Page size"], Does.StartWith("842 x 595 pts"));
            Assert.That(info["Pages"], Is.EqualTo("1"));
            Assert.That(text, Does.Contain("Value in row 3, column 5"));
        }
    }

    [Test]
    public async Task VeryWideSheetSplitsColumns()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Wider", WideRows(rows: 3, columns: 12));

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        Assert.That(pages, Has.Count.GreaterThan(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages[0], Does.Contain("Value in row 3, column 1"));
            Assert.That(pages[0], Does.Not.Contain("Value in row 3, column 12"));
            Assert.That(pages[^1], Does.Contain("Value in row 3, column 12"));
            Assert.That(pages[0], Does.Contain($"part 1 of {pages.Count}"));
            Assert.That(string.Join("\n", pages), Does.Contain("Value in row 2, column 7"));
        }
    }

    [Test]
    public async Task LongTextEndsInEllipsis()
    {
        var text = "Start of a long note " + new string('x', 300) + " end of the note";
        var builder = new NormalizedWorkbookBuilder().Sheet("Notes", [NormalizedCell.FromText(2, 1, text)]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var page = (await PdfTools.PagesAsync(path))[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("Start of a long note xxx"));
            Assert.That(page, Does.Contain("x\u2026"));
            Assert.That(page, Does.Not.Contain("end of the note"));
        }
    }

    [Test]
    public async Task EmptySheetGetsOnePage()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Nothing", []);

        var (path, context) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        Assert.That(pages, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages[0], Does.Contain("Foundation - Nothing"));
            Assert.That(pages[0], Does.Contain("This sheet has no values."));
            Assert.That(pages[0], Does.Contain(context.Hash!.DataHash));
            Assert.That(context.PdfRowsOmitted, Is.Zero);
        }
    }

    [Test]
    public async Task SheetsFollowInExportOrder()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("First", SampleCells.Grid(3, 2))
            .Sheet("Second", [NormalizedCell.FromText(1, 1, "Only cell of the second sheet")], hidden: true)
            .Sheet("Third", SampleCells.Grid(80, 2));

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        Assert.That(pages, Has.Count.EqualTo(4));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages[0], Does.Contain("Foundation - First"));
            Assert.That(pages[1], Does.Contain("Foundation - Second").And.Contain("Only cell of the second sheet"));
            Assert.That(pages[2], Does.Contain("Foundation - Third"));
            Assert.That(pages[3], Does.Contain("Foundation - Third").And.Contain("80002.5"));
        }
    }

    [Test]
    public async Task SheetWithoutRowOneHasNoHeader()
    {
        var cells = Enumerable.Range(3, 150).Select(row => NormalizedCell.FromText(row, 1, $"Entry {row}"));
        var builder = new NormalizedWorkbookBuilder().Sheet("Entries", cells);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Has.Count.EqualTo(3));
            Assert.That(pages[1], Does.Not.Contain("Entry 3 "));
            Assert.That(pages[^1], Does.Contain("Entry 152"));
        }
    }

    private static IEnumerable<NormalizedCell> WideRows(int rows, int columns)
    {
        for (var row = 1; row <= rows; row++)
        {
            for (var column = 1; column <= columns; column++)
            {
                var text = $"Value in row {row}, column {column}".PadRight(28, '.');
                yield return NormalizedCell.FromText(row, column, text);
            }
        }
    }
}
