using Exports.Renderer.Workbooks.Import.Xlsx.Styles;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Reads an XLSX or XLSM package by following its relationships from <c>_rels/.rels</c> to the workbook, its
/// worksheets, shared strings, styles and theme, and stores each worksheet one cell at a time. Chartsheets,
/// dialog sheets and macro sheets are skipped; macros are neither run nor kept.
/// </summary>
internal sealed class XlsxWorkbookReader(NormalizedWorkbookStore store, ImportOptions options)
{
    /// <summary>Stores every worksheet of the package in <paramref name="source"/>, which must be seekable.</summary>
    public async Task<ImportedWorkbook> ReadAsync(
        Stream source, WorkbookSource upload, CancellationToken cancellationToken)
    {
        using var package = XlsxPackage.Open(source, options);
        var workbookPartName = FindWorkbookPart(package) ?? throw ImportRejections.NotAWorkbookPackage();
        var workbook = ReadWorkbookPart(package, workbookPartName) ?? throw ImportRejections.NotAWorkbookPackage();
        var format = ContentTypesReader.IsMacroEnabled(ContentTypesReader.Read(package).Find(workbookPartName))
            ? "xlsm"
            : "xlsx";

        var relationships = RelationshipsReader.Read(package, workbookPartName);
        var sharedStrings = ReadSharedStrings(package, relationships);
        var styles = ReadStyles(package, relationships);

        List<SheetDescriptor> sheets = [];
        foreach (var entry in workbook.Sheets)
        {
            var relationship = relationships.FirstOrDefault(candidate => candidate.Id == entry.RelationshipId);
            if (relationship is not null && !OoxmlNames.IsRelationshipType(relationship.Type, "worksheet"))
            {
                continue;
            }

            var converter = new XlsxCellConverter(sharedStrings, styles, workbook.Date1904, entry.Name);
            var statistics = await WriteSheetAsync(
                package, relationship?.TargetPartName, upload, sheets.Count, entry.Name, converter, cancellationToken);
            sheets.Add(new SheetDescriptor
            {
                SheetId = Guid.NewGuid().ToString(),
                Index = sheets.Count,
                Name = entry.Name,
                Hidden = entry.Visibility != SheetVisibility.Visible,
                Statistics = statistics,
            });
        }

        return new ImportedWorkbook(format, sheets, styles.Styles);
    }

    private static string? FindWorkbookPart(XlsxPackage package)
    {
        var officeDocument = RelationshipsReader.Read(package, string.Empty)
            .Where(relationship => OoxmlNames.IsRelationshipType(relationship.Type, "officeDocument"))
            .Select(relationship => relationship.TargetPartName)
            .FirstOrDefault(package.Exists);

        return officeDocument ?? ContentTypesReader.Read(package).FindWorkbookParts().FirstOrDefault(package.Exists);
    }

    private static WorkbookPartInfo? ReadWorkbookPart(XlsxPackage package, string partName)
    {
        using var reader = package.TryOpenXml(partName);

        return reader is null ? null : WorkbookPartReader.Read(reader);
    }

    private static IReadOnlyList<string> ReadSharedStrings(
        XlsxPackage package, IReadOnlyList<PartRelationship> relationships)
    {
        var part = FindRelated(relationships, "sharedStrings");
        using var reader = part is null ? null : package.TryOpenXml(part);

        return reader is null ? [] : SharedStringsReader.Read(reader);
    }

    private static XlsxStyleMap ReadStyles(XlsxPackage package, IReadOnlyList<PartRelationship> relationships)
    {
        IReadOnlyList<string> themeColors = [];
        var themePart = FindRelated(relationships, "theme");
        using (var themeReader = themePart is null ? null : package.TryOpenXml(themePart))
        {
            if (themeReader is not null)
            {
                themeColors = ThemeColorsReader.Read(themeReader);
            }
        }

        var stylesPart = FindRelated(relationships, "styles");
        using var reader = stylesPart is null ? null : package.TryOpenXml(stylesPart);
        var part = reader is null ? StylesPart.Empty : StylesPartReader.Read(reader);

        return StyleTableBuilder.Build(part, themeColors);
    }

    private static string? FindRelated(IReadOnlyList<PartRelationship> relationships, string type) =>
        relationships.FirstOrDefault(relationship => OoxmlNames.IsRelationshipType(relationship.Type, type))
            ?.TargetPartName;

    private async Task<SheetStatistics> WriteSheetAsync(
        XlsxPackage package,
        string? partName,
        WorkbookSource upload,
        int index,
        string sheetName,
        XlsxCellConverter converter,
        CancellationToken cancellationToken)
    {
        var cellWriter = new SheetCellWriter(options, sheetName, cancellationToken);
        try
        {
            return await store.WriteSheetAsync(
                upload.TenantId,
                upload.WorkbookId,
                index,
                writer => cellWriter.WriteInOrder(writer, ReadCells(package, partName, sheetName, converter)),
                cancellationToken);
        }
        catch (CellsOutOfOrderException)
        {
            return await store.WriteSheetAsync(
                upload.TenantId,
                upload.WorkbookId,
                index,
                writer => cellWriter.WriteSorted(writer, ReadCells(package, partName, sheetName, converter)),
                cancellationToken);
        }
    }

    private static IEnumerable<NormalizedCell> ReadCells(
        XlsxPackage package, string? partName, string sheetName, XlsxCellConverter converter)
    {
        using var reader = partName is null ? null : package.TryOpenXml(partName);
        if (reader is null)
        {
            yield break;
        }

        foreach (var source in new WorksheetCellReader(reader, sheetName).ReadCells())
        {
            if (converter.TryConvert(source, out var cell))
            {
                yield return cell;
            }
        }
    }
}
