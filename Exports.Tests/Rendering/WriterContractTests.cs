using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Rendering.Json;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.Rendering;

/// <summary>
/// What every format writer promises: size that follows the cells, progress, cancellation and the hash.
/// </summary>
[TestFixture]
public sealed class WriterContractTests
{
    private TemporaryFolder folder = null!;

    public static IEnumerable<TestCaseData> Writers()
    {
        yield return new TestCaseData(XlsxWriters.Create()).SetArgDisplayNames("xlsx");
        yield return new TestCaseData(new CsvExportWriter()).SetArgDisplayNames("csv");
        yield return new TestCaseData(new JsonExportWriter()).SetArgDisplayNames("json");
        yield return new TestCaseData(PdfWriters.Create()).SetArgDisplayNames("pdf");
    }

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    // A three-zone XLSX adds parts of a fixed size whatever the cells: the Control sheet and the manifest.
    public static IEnumerable<TestCaseData> SizeLimits()
    {
        yield return new TestCaseData(XlsxWriters.Create(), 10_240).SetArgDisplayNames("xlsx");
        yield return new TestCaseData(new CsvExportWriter(), 4096).SetArgDisplayNames("csv");
        yield return new TestCaseData(new JsonExportWriter(), 4096).SetArgDisplayNames("json");
    }

    [TestCaseSource(nameof(SizeLimits))]
    public async Task LastCellOnlySheetStaysSmall(IExportWriter writer, int maxBytes)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1_048_576, 16_384, "corner")]);

        var (path, _) = await ExportFiles.ExportAsync(writer, builder, folder, "out." + writer.Format);

        Assert.That(new FileInfo(path).Length, Is.LessThan(maxBytes));
    }

    [TestCaseSource(nameof(Writers))]
    public async Task ProgressCountsEveryCell(IExportWriter writer)
    {
        var progress = new RecordingProgress();
        var builder = new NormalizedWorkbookBuilder().Sheet("One", SampleCells.Grid(50, 4)).Sheet("Two", SampleCells.Grid(10, 3));
        var context = await builder.BuildAsync(folder, progress: progress);

        await ExportFiles.WriteAsync(writer, context, folder.File("out." + writer.Format));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Cells, Is.EqualTo(context.TotalCells));
            Assert.That(progress.Reports, Is.EqualTo(60));
        }
    }

    [TestCaseSource(nameof(Writers))]
    public async Task CancellationStopsWriter(IExportWriter writer)
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(cells =>
        {
            if (cells >= 100)
            {
                cancellation.Cancel();
            }
        });
        var context = await new NormalizedWorkbookBuilder()
            .Sheet("Data", SampleCells.Grid(5_000, 10))
            .BuildAsync(folder, progress: progress);

        var write = () => ExportFiles.WriteAsync(writer, context, folder.File("out." + writer.Format), cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(write, Throws.InstanceOf<OperationCanceledException>());
            Assert.That(progress.Cells, Is.LessThan(200));
            Assert.That(context.Hash, Is.Null);
        }
    }

    [TestCaseSource(nameof(Writers))]
    public async Task CancelledTokenStopsBeforeReading(IExportWriter writer)
    {
        var progress = new RecordingProgress();
        var context = await new NormalizedWorkbookBuilder()
            .Sheet("Data", SampleCells.Grid(5, 2))
            .BuildAsync(folder, progress: progress);

        var write = () => ExportFiles.WriteAsync(writer, context, folder.File("out." + writer.Format), new CancellationToken(true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(write, Throws.InstanceOf<OperationCanceledException>());
            Assert.That(progress.Reports, Is.Zero);
        }
    }

    // XLSX hashes its Foundation sheets by default, and its data sheets under their names without three zones.
    // PDF always hashes the sheets under their Foundation names, whatever the XLSX options say.
    public static IEnumerable<TestCaseData> HashCases()
    {
        yield return new TestCaseData(XlsxWriters.Create(), new RenderOptions(), "Foundation - ", "foundation")
            .SetArgDisplayNames("xlsx");
        yield return new TestCaseData(
                XlsxWriters.Create(), new RenderOptions { XlsxThreeZone = false }, string.Empty, "validated")
            .SetArgDisplayNames("xlsx without zones");
        yield return new TestCaseData(new CsvExportWriter(), new RenderOptions(), string.Empty, "validated")
            .SetArgDisplayNames("csv");
        yield return new TestCaseData(new JsonExportWriter(), new RenderOptions(), string.Empty, "validated")
            .SetArgDisplayNames("json");
        yield return new TestCaseData(
                PdfWriters.Create(), new RenderOptions { XlsxThreeZone = false }, "Foundation - ", "foundation")
            .SetArgDisplayNames("pdf");
    }

    [TestCaseSource(nameof(HashCases))]
    public async Task HashMatchesIndependentBuilder(
        IExportWriter writer, RenderOptions options, string prefix, string scope)
    {
        NormalizedCell[] first = [.. SampleCells.EveryKind(1), .. SampleCells.EveryKind(3), NormalizedCell.FromText(4, 2, "a\r\nb")];
        NormalizedCell[] second = [.. SampleCells.Grid(20, 5)];
        var builder = new NormalizedWorkbookBuilder().Sheet("First", first).Sheet("Empty", []).Sheet("Second", second, hidden: true);

        var (_, context) = await ExportFiles.ExportAsync(writer, builder, folder, "out." + writer.Format, options);

        using var expected = new CbHashV1Builder();
        AddSheet(expected, prefix + "First", first);
        AddSheet(expected, prefix + "Empty", []);
        AddSheet(expected, prefix + "Second", second);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.Hash!.DataHash, Is.EqualTo(expected.Complete().DataHash));
            Assert.That(context.HashScope, Is.EqualTo(scope));
            Assert.That(context.Hash.CellCount, Is.EqualTo(context.TotalCells));
        }
    }

    private static void AddSheet(CbHashV1Builder builder, string name, IEnumerable<NormalizedCell> cells)
    {
        builder.BeginSheet(name);
        foreach (var cell in cells)
        {
            builder.Add(cell);
        }
    }
}
