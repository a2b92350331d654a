using BenchmarkDotNet.Attributes;
using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.Benchmarks;

/// <summary>
/// Writes one sheet of 100,000 rows by 10 cells (8 numbers, 2 strings) from a stored cell stream to a file,
/// with the product's raw UTF-8 writer and with the Open XML SDK's <c>OpenXmlWriter</c>. The product writes
/// without zones for the comparison, so both write one worksheet; it still embeds the signed manifest. A last
/// case writes the default three-zone workbook, which adds a Workspace sheet of one formula per cell.
/// </summary>
[MemoryDiagnoser]
public class XlsxWriterBenchmarks
{
    private const int Rows = 100_000;

    private const int Columns = 10;

    private TemporaryFolder folder = null!;
    private RenderContext context = null!;
    private RenderContext threeZoneContext = null!;

    [GlobalSetup]
    public void StoreWorkbook()
    {
        folder = new TemporaryFolder();
        context = new NormalizedWorkbookBuilder("bench.xlsx")
            .Sheet("Data", Cells())
            .BuildAsync(
                folder,
                new RenderOptions { XlsxIncludeStyles = false, XlsxAutoWidth = false, XlsxThreeZone = false })
            .GetAwaiter()
            .GetResult();
        threeZoneContext = new NormalizedWorkbookBuilder("bench.xlsx")
            .Sheet("Data", Cells())
            .BuildAsync(folder, new RenderOptions { XlsxIncludeStyles = false, XlsxAutoWidth = false })
            .GetAwaiter()
            .GetResult();
    }

    [GlobalCleanup]
    public void DeleteFolder() => folder.Dispose();

    [Benchmark(Baseline = true)]
    public Task OpenXmlWriterSax() => OpenXmlSdkWorksheetExport.WriteAsync(context, folder.File("sdk.xlsx"));

    /// <summary>Reads the stored cells without writing, the cost both writers share.</summary>
    [Benchmark]
    public async Task<long> ReadCellsOnly()
    {
        using var cells = await context.Cells.OpenAsync(context.Sheets[0], CancellationToken.None);
        var count = 0L;
        while (cells.TryRead(out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads and hashes the stored cells with cb_hash_v1.</summary>
    [Benchmark]
    public async Task<string> ReadAndHashCells()
    {
        using var cells = await context.Cells.OpenAsync(context.Sheets[0], CancellationToken.None);
        using var hash = new CbHashV1Builder();
        hash.BeginSheet("Data");
        while (cells.TryRead(out var cell))
        {
            hash.Add(cell);
        }

        return hash.Complete().DataHash;
    }

    [Benchmark]
    public Task RawUtf8ZipEntry() => ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("raw.xlsx"));

    /// <summary>Writes the Foundation, Workspace and Control sheets, the product's default layout.</summary>
    [Benchmark]
    public Task RawUtf8ThreeZones() =>
        ExportFiles.WriteAsync(XlsxWriters.Create(), threeZoneContext, folder.File("zones.xlsx"));

    private static IEnumerable<NormalizedCell> Cells()
    {
        for (var row = 1; row <= Rows; row++)
        {
            for (var column = 1; column <= Columns; column++)
            {
                yield return column <= 2
                    ? NormalizedCell.FromText(row, column, $"Item {row}-{column}")
                    : NormalizedCell.FromNumber(row, column, (row * 0.25) + column);
            }
        }
    }
}
