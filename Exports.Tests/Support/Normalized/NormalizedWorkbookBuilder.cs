using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;

namespace Exports.Tests.Support.Normalized;

/// <summary>
/// Stores a normalised workbook in a blob store under a temporary folder, the way the importer leaves one,
/// and builds the <see cref="RenderContext"/> a writer gets for it.
/// </summary>
public sealed class NormalizedWorkbookBuilder(string name = "Budget.xlsx")
{
    /// <summary>Tenant of every built workbook.</summary>
    public const string TenantId = "tenant-1";

    /// <summary>Generation time written into every built context.</summary>
    public static readonly DateTimeOffset GeneratedAt = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private readonly List<SheetSpec> sheets = [];
    private readonly string workbookId = $"workbook-{Guid.NewGuid():N}";
    private readonly List<CellStyle> styles = [new CellStyle { Id = 0 }];

    /// <summary>Adds a sheet.</summary>
    public NormalizedWorkbookBuilder Sheet(string sheetName, IEnumerable<NormalizedCell> cells, bool hidden = false)
    {
        sheets.Add(new SheetSpec(sheetName, cells, hidden));
        return this;
    }

    /// <summary>Adds a style and returns its id; <paramref name="style"/>'s own id is replaced.</summary>
    public int Style(CellStyle style)
    {
        styles.Add(style with { Id = styles.Count });
        return styles.Count - 1;
    }

    /// <summary>
    /// Stores the workbook in <paramref name="folder"/> and returns a context that exports every sheet.
    /// </summary>
    public async Task<RenderContext> BuildAsync(
        TemporaryFolder folder, RenderOptions? options = null, IRenderProgress? progress = null)
    {
        var store = new NormalizedWorkbookStore(new FileSystemBlobStore(Path.Combine(folder.Path, "blobs")));
        var descriptors = new List<SheetDescriptor>();
        for (var index = 0; index < sheets.Count; index++)
        {
            var sheet = sheets[index];
            var statistics = await store.WriteSheetAsync(
                TenantId, workbookId, index, writer => WriteCells(writer, sheet.Cells), CancellationToken.None);
            descriptors.Add(new SheetDescriptor
            {
                SheetId = $"sheet-{index}",
                Index = index,
                Name = sheet.Name,
                Hidden = sheet.Hidden,
                Statistics = statistics,
            });
        }

        await store.SaveDescriptorAsync(Descriptor(descriptors), CancellationToken.None);
        var stored = await store.FindDescriptorAsync(TenantId, workbookId, CancellationToken.None);

        return new RenderContext
        {
            ExportId = "export-1",
            TenantId = TenantId,
            Workbook = stored!,
            Sheets = stored!.Sheets,
            Options = options ?? new RenderOptions(),
            GeneratedAt = GeneratedAt,
            Cells = new StoreSheetCellSource(store, TenantId, workbookId),
            Progress = progress ?? new RecordingProgress(),
        };
    }

    private WorkbookDescriptor Descriptor(IReadOnlyList<SheetDescriptor> sheetDescriptors) => new()
    {
        WorkbookId = workbookId,
        TenantId = TenantId,
        Name = name,
        SourceFormat = "xlsx",
        ImportedAt = GeneratedAt,
        Sheets = sheetDescriptors,
        Styles = styles,
    };

    private static void WriteCells(CellStreamWriter writer, IEnumerable<NormalizedCell> cells)
    {
        foreach (var cell in cells)
        {
            writer.Write(cell);
        }
    }
}
