using Exports.Renderer.Workbooks.Import;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Workbooks.Import;

/// <summary>
/// A real <see cref="WorkbookImporter"/> over a <see cref="FileSystemBlobStore"/> in a temporary folder.
/// </summary>
internal sealed class ImportHarness : IDisposable
{
    public const string TenantId = "tenant-1";

    private readonly string root = Path.Combine(Path.GetTempPath(), "exports-import-" + Guid.NewGuid().ToString("N"));

    public ImportHarness(ImportOptions? options = null, Func<IBlobStore, IBlobStore>? wrapStore = null)
    {
        Directory.CreateDirectory(root);
        Blobs = new FileSystemBlobStore(root);
        var importerBlobs = wrapStore?.Invoke(Blobs) ?? Blobs;
        Store = new NormalizedWorkbookStore(importerBlobs);
        Importer = new WorkbookImporter(
            importerBlobs,
            Store,
            Options.Create(options ?? new ImportOptions()),
            TimeProvider.System,
            NullLogger<WorkbookImporter>.Instance);
    }

    public FileSystemBlobStore Blobs { get; }

    public NormalizedWorkbookStore Store { get; }

    public WorkbookImporter Importer { get; }

    /// <summary>Uploads <paramref name="content"/> under a new workbook id and imports it.</summary>
    public async Task<WorkbookDescriptor> ImportAsync(byte[] content, string fileName = "book.xlsx")
    {
        var source = await UploadAsync(content, fileName);

        return await Importer.ImportAsync(source, CancellationToken.None);
    }

    /// <summary>Imports a file from disk under its own name.</summary>
    public Task<WorkbookDescriptor> ImportFileAsync(string path) =>
        ImportAsync(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>Imports content that must be rejected and returns the rejection.</summary>
    public async Task<(WorkbookRejectedException Rejection, WorkbookSource Source)> RejectAsync(
        byte[] content, string fileName = "book.xlsx")
    {
        var source = await UploadAsync(content, fileName);
        var rejection = Assert.ThrowsAsync<WorkbookRejectedException>(() => Importer.ImportAsync(source, CancellationToken.None));

        return (rejection!, source);
    }

    /// <summary>Reads every stored cell of a sheet.</summary>
    public async Task<List<NormalizedCell>> CellsAsync(WorkbookDescriptor workbook, int sheetIndex = 0)
    {
        using var reader = await Store.OpenSheetAsync(workbook.TenantId, workbook.WorkbookId, sheetIndex, CancellationToken.None);

        return [.. reader.ReadAll()];
    }

    /// <summary>Returns whether anything but the upload itself is stored for a workbook.</summary>
    public bool HasNormalizedData(WorkbookSource source)
    {
        var folder = Path.Combine(root, BlobKeys.WorkbookPrefix(source.TenantId, source.WorkbookId));

        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any();
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<WorkbookSource> UploadAsync(byte[] content, string fileName)
    {
        var workbookId = Guid.NewGuid().ToString();
        var key = $"tenants/{TenantId}/uploads/{workbookId}/upload";
        await Blobs.WriteAsync(key, (stream, token) => stream.WriteAsync(content, token).AsTask(), CancellationToken.None);

        return new WorkbookSource(TenantId, workbookId, fileName, key);
    }
}
