using System.Xml;
using Exports.Renderer.Workbooks.Import.Csv;
using Exports.Renderer.Workbooks.Import.Xlsx;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// Imports an upload: detects its type from its first bytes, passes it to the XLSX or the CSV reader, and
/// saves the descriptor last. When anything fails, everything written for the workbook is deleted again.
/// </summary>
public sealed class WorkbookImporter(
    IBlobStore blobs,
    NormalizedWorkbookStore store,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<WorkbookImporter> logger) : IWorkbookImporter
{
    /// <inheritdoc />
    public async Task<WorkbookDescriptor> ImportAsync(WorkbookSource source, CancellationToken cancellationToken)
    {
        var blob = await blobs.OpenReadAsync(source.SourceKey, cancellationToken);
        await using var input = await SeekableSource.EnsureAsync(blob, cancellationToken);
        try
        {
            var imported = await ReadAsync(input, source, cancellationToken);
            var descriptor = new WorkbookDescriptor
            {
                WorkbookId = source.WorkbookId,
                TenantId = source.TenantId,
                Name = Path.GetFileName(source.FileName.Replace('\\', '/')),
                SourceFormat = imported.SourceFormat,
                ImportedAt = clock.GetUtcNow(),
                Sheets = imported.Sheets,
                Styles = imported.Styles,
            };
            await store.SaveDescriptorAsync(descriptor, cancellationToken);

            logger.LogInformation(
                "Imported workbook {WorkbookId} of tenant {TenantId} as {SourceFormat}; sheet count {SheetCount}",
                source.WorkbookId,
                source.TenantId,
                descriptor.SourceFormat,
                descriptor.Sheets.Count);

            return descriptor;
        }
        catch (Exception exception)
        {
            await store.DeleteAsync(source.TenantId, source.WorkbookId, CancellationToken.None);
            if (exception is OperationCanceledException)
            {
                throw;
            }

            var rejection = exception as WorkbookRejectedException ?? Describe(exception);
            logger.LogInformation(
                exception,
                "Rejected workbook {WorkbookId} of tenant {TenantId}: {Code}",
                source.WorkbookId,
                source.TenantId,
                rejection.Code);

            throw rejection;
        }
    }

    private async Task<ImportedWorkbook> ReadAsync(
        Stream input, WorkbookSource source, CancellationToken cancellationToken)
    {
        var header = new byte[SourceSniffer.HeaderLength];
        var length = await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        input.Position = 0;

        return SourceSniffer.Detect(header.AsSpan(0, length), out var fileType) switch
        {
            SourceContainer.Empty => throw ImportRejections.EmptyFile(),
            SourceContainer.Ole2 => throw ImportRejections.LegacyExcel(),
            SourceContainer.KnownBinary => throw ImportRejections.KnownBinary(fileType!),
            SourceContainer.Zip => await new XlsxWorkbookReader(store, options.Value)
                .ReadAsync(input, source, cancellationToken),
            _ => await new CsvWorkbookReader(store, options.Value).ReadAsync(input, source, cancellationToken),
        };
    }

    private static WorkbookRejectedException Describe(Exception exception) => exception switch
    {
        XmlException xml => ImportRejections.Corrupt(XmlFailureText.Describe(xml) + ".", xml),
        InvalidDataException data => ImportRejections.Corrupt($"the ZIP archive is damaged ({data.Message}).", data),
        _ => ImportRejections.Corrupt($"reading it failed ({exception.Message}).", exception),
    };
}
