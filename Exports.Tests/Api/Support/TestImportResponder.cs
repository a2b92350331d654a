using Exports.Contracts;
using Exports.Storage;
using MassTransit;

namespace Exports.Tests.Api.Support;

/// <summary>
/// Stands in for the renderer's import consumer. The uploaded file name decides the response: a name that contains
/// <see cref="RejectMarker"/> is rejected, one that contains <see cref="SilentMarker"/> gets no response, one that
/// contains <see cref="FaultMarker"/> makes the consumer throw, and any other is imported as two sheets. The first sheet's row count is the number of lines of the stored file and its
/// cell count the stored size in bytes, so tests can see what reached the blob store.
/// </summary>
public sealed class TestImportResponder(IBlobStore blobs) : IConsumer<ImportWorkbook>
{
    /// <summary>File name part that makes the responder reject the file.</summary>
    public const string RejectMarker = "reject";

    /// <summary>File name part that makes the responder not respond at all.</summary>
    public const string SilentMarker = "silent";

    /// <summary>File name part that makes the responder throw, as a renderer fault would.</summary>
    public const string FaultMarker = "fault";

    /// <summary>Reason given for a rejected file.</summary>
    public const string RejectReason = "The file is not a valid XLSX package: the zip central directory is missing.";

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ImportWorkbook> context)
    {
        var request = context.Message;
        if (request.FileName.Contains(SilentMarker, StringComparison.Ordinal))
        {
            return;
        }

        if (request.FileName.Contains(FaultMarker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The test responder failed on purpose.");
        }

        if (request.FileName.Contains(RejectMarker, StringComparison.Ordinal))
        {
            await context.RespondAsync(new WorkbookImportRejected
            {
                WorkbookId = request.WorkbookId,
                Code = "corrupt_workbook",
                Reason = RejectReason,
            });
            return;
        }

        await using var source = await blobs.OpenReadAsync(request.SourcePath, context.CancellationToken);
        using var reader = new StreamReader(source);
        var text = await reader.ReadToEndAsync(context.CancellationToken);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

        await context.RespondAsync(new WorkbookImported
        {
            WorkbookId = request.WorkbookId,
            TenantId = request.TenantId,
            Name = request.FileName,
            SourceFormat = Path.GetExtension(request.FileName).TrimStart('.').ToLowerInvariant(),
            Sheets =
            [
                new ImportedSheet
                {
                    SheetId = Guid.NewGuid().ToString(), Name = "Assets", Index = 0,
                    RowCount = lines, ColumnCount = 3, CellCount = source.Length,
                },
                new ImportedSheet
                {
                    SheetId = Guid.NewGuid().ToString(), Name = "Liabilities", Index = 1,
                    RowCount = 0, ColumnCount = 0, CellCount = 0,
                },
            ],
            ImportedAt = DateTimeOffset.UtcNow,
        });
    }
}
