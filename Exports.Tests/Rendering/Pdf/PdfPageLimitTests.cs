using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>The page limit: rows past it are left out, counted, and named on the last page.</summary>
[TestFixture]
public sealed class PdfPageLimitTests
{
    // A portrait page has room for 59 rows: the header row and 58 more.
    private const int DataRowsPerPortraitPage = 58;

    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task RowsPastLimitAreLeftOut()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(300, 3));

        var (path, context) = await ExportFiles.ExportAsync(PdfWriters.Create(maxPages: 2), builder, folder, "out.pdf");

        var rowsShown = 1 + (2 * DataRowsPerPortraitPage);
        var pages = await PdfTools.PagesAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Has.Count.EqualTo(2));
            Assert.That(context.PdfRowsOmitted, Is.EqualTo(300 - rowsShown));
            Assert.That(pages[^1], Does.Contain($"{rowsShown * 1000 + 3}.5"));
            Assert.That(pages[^1], Does.Not.Contain($"{(rowsShown + 1) * 1000 + 3}.5"));
            Assert.That(pages[^1], Does.Contain(
                "Left out to stay within 2 pages: " +
                $"{300 - rowsShown} rows, from row {rowsShown + 1} of 'Foundation - Data' on."));
            Assert.That(pages[0], Does.Not.Contain("Left out"));
        }
    }

    [Test]
    public async Task LaterSheetsCountAsLeftOut()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Big", SampleCells.Grid(200, 2))
            .Sheet("Small", SampleCells.Grid(7, 2));

        var (path, context) = await ExportFiles.ExportAsync(PdfWriters.Create(maxPages: 3), builder, folder, "out.pdf");

        var text = await PdfTools.TextAsync(path);
        var leftOutOfBig = 200 - (1 + (3 * DataRowsPerPortraitPage));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.PdfRowsOmitted, Is.EqualTo(leftOutOfBig + 7));
            Assert.That(text, Does.Not.Contain("Foundation - Small"));
            Assert.That(text, Does.Contain($"{leftOutOfBig + 7} rows, from row 176 of 'Foundation - Big' on."));
        }
    }

    [Test]
    public async Task HashCoversRowsLeftOut()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Data", SampleCells.Grid(300, 3))
            .Sheet("More", SampleCells.Grid(5, 2));

        var (_, limited) = await ExportFiles.ExportAsync(
            PdfWriters.Create(maxPages: 1), builder, folder, "limited.pdf");
        var (_, xlsx) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limited.PdfRowsOmitted, Is.GreaterThan(0));
            Assert.That(limited.Hash!.DataHash, Is.EqualTo(xlsx.Hash!.DataHash));
            Assert.That(limited.Hash.CellCount, Is.EqualTo(300 * 3 + 5 * 2));
        }
    }

    [Test]
    public async Task WithinLimitNothingIsLeftOut()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Data", SampleCells.Grid((2 * DataRowsPerPortraitPage) + 1, 3));

        var (path, context) = await ExportFiles.ExportAsync(PdfWriters.Create(maxPages: 2), builder, folder, "out.pdf");

        var text = await PdfTools.TextAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.PdfRowsOmitted, Is.Zero);
            Assert.That(text, Does.Not.Contain("Left out"));
            Assert.That((await PdfTools.InfoAsync(path))["Pages"], Is.EqualTo("2"));
        }
    }

    [Test]
    public async Task ProgressCountsRowsLeftOut()
    {
        var progress = new RecordingProgress();
        var context = await new NormalizedWorkbookBuilder()
            .Sheet("Data", SampleCells.Grid(300, 3))
            .BuildAsync(folder, progress: progress);

        await ExportFiles.WriteAsync(PdfWriters.Create(maxPages: 1), context, folder.File("out.pdf"));

        Assert.That(progress.Cells, Is.EqualTo(300 * 3));
    }

    [Test]
    public async Task SheetWiderThanLimitKeepsFirstPage()
    {
        var cells = Enumerable.Range(1, 40).Select(column => NormalizedCell.FromText(2, column, new string('w', 40)));
        var builder = new NormalizedWorkbookBuilder().Sheet("Wide", cells);

        var (path, context) = await ExportFiles.ExportAsync(PdfWriters.Create(maxPages: 2), builder, folder, "out.pdf");

        var pages = await PdfTools.PagesAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Has.Count.EqualTo(2));
            Assert.That(context.PdfRowsOmitted, Is.Zero);
            Assert.That(pages[^1], Does.Contain("The columns of 'Foundation - Wide' that did not fit."));
            Assert.That(pages[0], Does.Contain("(columns A to"));
            Assert.That(string.Join("\n", pages), Does.Not.Contain(" to AN, part"), "the last column, AN, is left out");
        }
    }
}
