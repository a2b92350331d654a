using System.IO.Compression;
using Exports.Contracts;
using Exports.Renderer.Provenance;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Writes an export as CSV: one sheet gives one <c>.csv</c> file, several give a ZIP of one <c>.csv</c> per
/// sheet. The hash scope is <c>validated</c>: each sheet under its source name, since a CSV file has no sheet name.
/// </summary>
public sealed class CsvExportWriter : IExportWriter
{
    private const int MaxEntryBaseLength = 120;

    /// <inheritdoc />
    public string Format => ExportFormat.Csv;

    /// <inheritdoc />
    public ExportFileInfo Describe(RenderContext context) =>
        context.Sheets.Count == 1
            ? new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".csv"), "text/csv")
            : new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".zip"), "application/zip");

    /// <inheritdoc />
    public async Task WriteAsync(RenderContext context, Stream output, CancellationToken cancellationToken)
    {
        var encoding = CsvTextEncoding.Resolve(context.Options.CsvEncoding);
        using var hash = new CbHashV1Builder();
        var sheets = new CsvSheetWriter(context, encoding, hash);

        if (context.Sheets.Count == 1)
        {
            await sheets.WriteAsync(context.Sheets[0], output, cancellationToken);
        }
        else
        {
            await WriteZipAsync(context, sheets, output, cancellationToken);
        }

        context.Hash = hash.Complete();
        context.HashScope = HashScopes.Validated;
    }

    private static async Task WriteZipAsync(
        RenderContext context, CsvSheetWriter sheets, Stream output, CancellationToken cancellationToken)
    {
        var names = new UniqueNameSet(MaxEntryBaseLength);
        var timestamp = ZipTimestamps.Clamp(context.GeneratedAt);
        await using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        for (var index = 0; index < context.Sheets.Count; index++)
        {
            var sheet = context.Sheets[index];
            var name = names.Reserve(ExportFileNames.SanitizeBase(sheet.Name, $"Sheet{index + 1}"));
            var entry = archive.CreateEntry(name + ".csv", CompressionLevel.Fastest);
            entry.LastWriteTime = timestamp;
            await using var stream = await entry.OpenAsync(cancellationToken);
            await sheets.WriteAsync(sheet, stream, cancellationToken);
        }
    }
}
