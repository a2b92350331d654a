using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>The sealed PDF beside an XLSX export: the XLSX's sheet names, data hash and manifest.</summary>
[TestFixture]
public sealed class SealedPdfWriterTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task PdfShowsXlsxHashAndNames()
    {
        var context = await WriteXlsxAsync(new RenderOptions());

        var path = await WriteSealedAsync(context);

        var pages = await PdfTools.PagesAsync(path);
        var info = await PdfTools.InfoAsync(path, "-custom");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages[0], Does.Contain("Foundation - Assets").And.Contain("Column 3"));
            Assert.That(pages[^1], Does.Contain("Foundation - Notes").And.Contain("Kept as text"));
            Assert.That(pages, Has.All.Contain($"Data hash {context.Hash!.DataHash} (cb_hash_v1, scope foundation)"));
            Assert.That(info["ExportsDataHash"], Is.EqualTo(context.Hash.DataHash));
            Assert.That(
                await PdfTools.InfoTextAsync(path, "-custom"),
                Does.Contain($"<hmac algorithm=\"HMAC-SHA256\">{context.Manifest!.Hmac}</hmac>"));
        }
    }

    [Test]
    public async Task WithoutZonesSheetsKeepNames()
    {
        var context = await WriteXlsxAsync(new RenderOptions { XlsxThreeZone = false });

        var path = await WriteSealedAsync(context);

        var text = await PdfTools.TextAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Not.Contain("Foundation - "));
            Assert.That(text, Does.Contain("Assets").And.Contain("Notes"));
            Assert.That(text, Does.Contain($"Data hash {context.Hash!.DataHash} (cb_hash_v1, scope validated)"));
        }
    }

    [Test]
    public async Task SealedPdfReportsNoProgress()
    {
        var progress = new RecordingProgress();
        var context = await Workbook().BuildAsync(folder, progress: progress);
        await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("out.xlsx"));
        var cells = progress.Cells;

        await WriteSealedAsync(context);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells, Is.EqualTo(context.TotalCells));
            Assert.That(progress.Cells, Is.EqualTo(cells));
        }
    }

    [Test]
    public async Task PdfBeforeXlsxIsRejected()
    {
        var context = await Workbook().BuildAsync(folder);

        var write = () => WriteSealedAsync(context);

        Assert.That(write, Throws.InvalidOperationException.With.Message.Contains("write the XLSX before the PDF"));
    }

    [Test]
    public async Task LimitCountsRowsLeftOut()
    {
        var context = await new NormalizedWorkbookBuilder().Sheet("Big", SampleCells.Grid(400, 2)).BuildAsync(folder);
        await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("out.xlsx"));

        await using var output = File.Create(folder.File("out.pdf"));
        var result = await PdfWriters.Sealed(maxPages: 3).WriteAsync(context, output, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PageCount, Is.EqualTo(3));
            Assert.That(result.RowsOmitted, Is.EqualTo(400 - (1 + (3 * 58))));
        }
    }

    private NormalizedWorkbookBuilder Workbook() => new NormalizedWorkbookBuilder()
        .Sheet("Assets", SampleCells.Grid(120, 3))
        .Sheet("Notes", [NormalizedCell.FromText(1, 1, "Kept as text"), NormalizedCell.FromNumber(2, 1, 42)]);

    private async Task<RenderContext> WriteXlsxAsync(RenderOptions options)
    {
        var (_, context) = await ExportFiles.ExportAsync(XlsxWriters.Create(), Workbook(), folder, "out.xlsx", options);

        return context;
    }

    private async Task<string> WriteSealedAsync(RenderContext context)
    {
        var path = folder.File("sealed.pdf");
        await using var output = File.Create(path);
        await PdfWriters.Sealed().WriteAsync(context, output, CancellationToken.None);

        return path;
    }
}
