using Exports.Renderer.Rendering;

namespace Exports.Tests.Support.Normalized;

/// <summary>
/// Runs writers into files through a stream that cannot seek, as the blob store's upload streams may be.
/// </summary>
public static class ExportFiles
{
    /// <summary>
    /// Writes the export of <paramref name="context"/> to <paramref name="path"/> and returns the path.
    /// </summary>
    public static async Task<string> WriteAsync(
        IExportWriter writer, RenderContext context, string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.Create(path);
        await using var output = new ForwardOnlyStream(file);
        await writer.WriteAsync(context, output, cancellationToken);

        return path;
    }

    /// <summary>
    /// Stores the workbook of <paramref name="builder"/>, exports it to <paramref name="fileName"/> in the folder
    /// and returns the file's path and the context.
    /// </summary>
    public static async Task<(string Path, RenderContext Context)> ExportAsync(
        IExportWriter writer,
        NormalizedWorkbookBuilder builder,
        TemporaryFolder folder,
        string fileName,
        RenderOptions? options = null)
    {
        var context = await builder.BuildAsync(folder, options);
        var path = await WriteAsync(writer, context, folder.File(fileName));

        return (path, context);
    }
}
