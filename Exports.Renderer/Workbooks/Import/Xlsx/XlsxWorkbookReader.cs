using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Stores every worksheet of an XLSX or XLSM upload one cell at a time.</summary>
internal sealed class XlsxWorkbookReader(NormalizedWorkbookStore store, ImportOptions options)
{
    /// <summary>Stores every worksheet of the package in <paramref name="source"/>, which must be seekable.</summary>
    public async Task<ImportedWorkbook> ReadAsync(
        Stream source, WorkbookSource upload, CancellationToken cancellationToken)
    {
        using var document = XlsxWorkbookDocument.Open(source, options);

        List<SheetDescriptor> sheets = [];
        foreach (var worksheet in document.Worksheets)
        {
            var statistics = await WriteSheetAsync(document, worksheet, upload, sheets.Count, cancellationToken);
            sheets.Add(new SheetDescriptor
            {
                SheetId = Guid.NewGuid().ToString(),
                Index = sheets.Count,
                Name = worksheet.Name,
                Hidden = worksheet.Hidden,
                Statistics = statistics,
            });
        }

        return new ImportedWorkbook(document.SourceFormat, sheets, document.Styles.Styles);
    }

    private async Task<SheetStatistics> WriteSheetAsync(
        XlsxWorkbookDocument document,
        XlsxWorksheet worksheet,
        WorkbookSource upload,
        int index,
        CancellationToken cancellationToken)
    {
        var cellWriter = new SheetCellWriter(options, worksheet.Name, cancellationToken);
        try
        {
            return await store.WriteSheetAsync(
                upload.TenantId,
                upload.WorkbookId,
                index,
                writer => cellWriter.WriteInOrder(writer, document.ReadCells(worksheet)),
                cancellationToken);
        }
        catch (CellsOutOfOrderException)
        {
            return await store.WriteSheetAsync(
                upload.TenantId,
                upload.WorkbookId,
                index,
                writer => cellWriter.WriteSorted(writer, document.ReadCells(worksheet)),
                cancellationToken);
        }
    }
}
