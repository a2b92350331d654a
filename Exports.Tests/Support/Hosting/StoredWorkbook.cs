using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;

namespace Exports.Tests.Support.Hosting;

/// <summary>A normalised workbook saved straight into a blob store, as an import leaves one.</summary>
public sealed record StoredWorkbook(string TenantId, WorkbookDescriptor Descriptor)
{
    /// <summary>Workbook id.</summary>
    public string WorkbookId => Descriptor.WorkbookId;

    /// <summary>Saves a workbook of the given sheets for a tenant, each sheet's cells in row-major order.</summary>
    public static async Task<StoredWorkbook> SaveAsync(
        IBlobStore blobs, string tenantId, params (string Name, IEnumerable<NormalizedCell> Cells)[] sheets)
    {
        var store = new NormalizedWorkbookStore(blobs);
        var workbookId = Guid.NewGuid().ToString();
        var descriptors = new List<SheetDescriptor>();
        foreach (var (name, cells) in sheets)
        {
            var statistics = await store.WriteSheetAsync(
                tenantId,
                workbookId,
                descriptors.Count,
                writer =>
                {
                    foreach (var cell in cells)
                    {
                        writer.Write(cell);
                    }
                },
                CancellationToken.None);
            descriptors.Add(new SheetDescriptor
            {
                SheetId = Guid.NewGuid().ToString(),
                Index = descriptors.Count,
                Name = name,
                Statistics = statistics,
            });
        }

        var descriptor = new WorkbookDescriptor
        {
            WorkbookId = workbookId,
            TenantId = tenantId,
            Name = "Budget.xlsx",
            SourceFormat = "xlsx",
            ImportedAt = DateTimeOffset.UtcNow,
            Sheets = descriptors,
            Styles = [new CellStyle { Id = 0 }],
        };
        await store.SaveDescriptorAsync(descriptor, CancellationToken.None);

        return new StoredWorkbook(tenantId, descriptor);
    }

    /// <summary>
    /// A grid of numbers with a text header row, <paramref name="rows"/> by <paramref name="columns"/>.
    /// </summary>
    public static IEnumerable<NormalizedCell> Grid(int rows, int columns)
    {
        for (var column = 1; column <= columns; column++)
        {
            yield return NormalizedCell.FromText(1, column, $"Column {column}");
        }

        for (var row = 2; row <= rows; row++)
        {
            for (var column = 1; column <= columns; column++)
            {
                yield return NormalizedCell.FromNumber(row, column, row * 0.5 + column);
            }
        }
    }
}
