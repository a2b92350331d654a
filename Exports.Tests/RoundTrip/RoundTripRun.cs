using Exports.Renderer.Rendering;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Workbooks.Import;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// One round trip through the real components: <see cref="Renderer.Workbooks.Import.WorkbookImporter"/> into a
/// file-system blob store, then a writer into a file, each under a temporary folder deleted on dispose.
/// </summary>
internal sealed class RoundTripRun : IDisposable
{
    private readonly ImportHarness harness = new();
    private readonly TemporaryFolder folder = new();

    /// <summary>Returns the path of the source file, built into the run's folder when the source is built.</summary>
    public string Prepare(RoundTripSource source)
    {
        var sources = Directory.CreateDirectory(Path.Combine(folder.Path, "source")).FullName;

        return source.Materialize(sources);
    }

    /// <summary>Imports the source file and exports every sheet with <paramref name="writer"/> into a file.</summary>
    public async Task<(string Path, RenderContext Context)> ExportAsync(
        string sourcePath, IExportWriter writer, RenderOptions options)
    {
        var workbook = await harness.ImportFileAsync(sourcePath);
        var context = new RenderContext
        {
            ExportId = "round-trip",
            TenantId = workbook.TenantId,
            Workbook = workbook,
            Sheets = workbook.Sheets,
            Options = options,
            GeneratedAt = DateTimeOffset.UtcNow,
            Cells = new NormalizedSheetSource(harness.Store, workbook),
            Progress = new RecordingProgress(),
        };

        var outputs = Directory.CreateDirectory(Path.Combine(folder.Path, "output")).FullName;
        var path = Path.Combine(outputs, writer.Describe(context).FileName);
        await ExportFiles.WriteAsync(writer, context, path);

        return (path, context);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        harness.Dispose();
        folder.Dispose();
    }
}
