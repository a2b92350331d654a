using Exports.Contracts;
using Exports.Contracts.Validation;
using Exports.Renderer.Workbooks.Import;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;
using MassTransit;

namespace Exports.Renderer.Workbooks;

/// <summary>
/// Handles the gateway's <see cref="ImportWorkbook"/> requests: normalises the uploaded file and responds with its
/// sheets, or with the reason it cannot be read. A repeated request for an imported workbook gets the same response.
/// </summary>
public sealed class ImportWorkbookConsumer(
    IWorkbookImporter importer,
    NormalizedWorkbookStore workbooks,
    TimeProvider time,
    ILogger<ImportWorkbookConsumer> logger) : IConsumer<ImportWorkbook>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ImportWorkbook> context)
    {
        var request = context.Message;
        var invalid = Validate(request);
        if (invalid is not null)
        {
            logger.LogError("Import of workbook {WorkbookId} was rejected: {Reason}", request.WorkbookId, invalid);
            await context.RespondAsync(Rejected(request, WorkbookRejectionCode.InvalidRequest, invalid));
            return;
        }

        var descriptor = await workbooks.FindDescriptorAsync(
                request.TenantId, request.WorkbookId, context.CancellationToken)
            ?? await ImportAsync(context);
        if (descriptor is not null)
        {
            await context.RespondAsync(Imported(descriptor));
        }
    }

    private async Task<WorkbookDescriptor?> ImportAsync(ConsumeContext<ImportWorkbook> context)
    {
        var request = context.Message;
        try
        {
            var source = new WorkbookSource(request.TenantId, request.WorkbookId, request.FileName, request.SourcePath);

            return await importer.ImportAsync(source, context.CancellationToken);
        }
        catch (WorkbookRejectedException exception)
        {
            // The importer has logged the rejection with its reason.
            await context.RespondAsync(Rejected(request, exception.Code, exception.Message));

            return null;
        }
    }

    private static string? Validate(ImportWorkbook request)
    {
        if (!TenantIdRules.IsValid(request.TenantId))
        {
            return $"Tenant id '{request.TenantId}' is invalid: {TenantIdRules.Description}.";
        }

        if (!WorkbookIdRules.IsValid(request.WorkbookId))
        {
            return $"Workbook id '{request.WorkbookId}' is invalid: use a UUID.";
        }

        return request.SourcePath == BlobKeys.WorkbookSource(request.TenantId, request.WorkbookId)
            ? null
            : $"Source path '{request.SourcePath}' is not the workbook's source key: store the upload at " +
                $"'{BlobKeys.WorkbookSource(request.TenantId, request.WorkbookId)}'.";
    }

    private WorkbookImported Imported(WorkbookDescriptor descriptor) => new()
    {
        WorkbookId = descriptor.WorkbookId,
        TenantId = descriptor.TenantId,
        Name = descriptor.Name,
        SourceFormat = descriptor.SourceFormat,
        Sheets =
        [
            .. descriptor.Sheets.Select(sheet => new ImportedSheet
            {
                SheetId = sheet.SheetId,
                Name = sheet.Name,
                Index = sheet.Index,
                RowCount = sheet.Statistics.MaxRow,
                ColumnCount = sheet.Statistics.MaxColumn,
                CellCount = sheet.Statistics.CellCount,
            }),
        ],
        ImportedAt = descriptor.ImportedAt == default ? time.GetUtcNow() : descriptor.ImportedAt,
    };

    private static WorkbookImportRejected Rejected(ImportWorkbook request, string code, string reason) => new()
    {
        WorkbookId = request.WorkbookId,
        Code = code,
        Reason = reason,
    };
}
