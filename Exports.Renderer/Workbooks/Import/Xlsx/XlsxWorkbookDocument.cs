using Exports.Renderer.Workbooks.Import.Xlsx.Styles;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// An opened XLSX or XLSM package, found by following its relationships from <c>_rels/.rels</c> to the workbook,
/// its worksheets, shared strings, styles and theme. Chartsheets, dialog sheets and macro sheets are left out;
/// macros are neither run nor kept. Cells are read one at a time, in the order the sheet's XML lists them.
/// </summary>
internal sealed class XlsxWorkbookDocument : IDisposable
{
    private readonly XlsxPackage package;
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly bool date1904;

    private XlsxWorkbookDocument(
        XlsxPackage package,
        string sourceFormat,
        IReadOnlyList<XlsxWorksheet> worksheets,
        IReadOnlyList<string> sharedStrings,
        XlsxStyleMap styles,
        bool date1904)
    {
        this.package = package;
        this.sharedStrings = sharedStrings;
        this.date1904 = date1904;
        SourceFormat = sourceFormat;
        Worksheets = worksheets;
        Styles = styles;
    }

    /// <summary><c>xlsx</c>, or <c>xlsm</c> when the package's content type says macro-enabled.</summary>
    public string SourceFormat { get; }

    /// <summary>Worksheets in workbook order.</summary>
    public IReadOnlyList<XlsxWorksheet> Worksheets { get; }

    /// <summary>The workbook's styles, mapped to the normalised style table.</summary>
    public XlsxStyleMap Styles { get; }

    /// <summary>The package, for parts beyond the workbook such as Custom XML Parts.</summary>
    public XlsxPackage Package => package;

    /// <summary>Opens the package in <paramref name="source"/>, which must be seekable and stays open.</summary>
    /// <exception cref="WorkbookRejectedException">The file is not a readable workbook package.</exception>
    public static XlsxWorkbookDocument Open(Stream source, ImportOptions options)
    {
        var package = XlsxPackage.Open(source, options);
        try
        {
            return Read(package);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    /// <summary>Reads a worksheet's non-blank cells in the order its XML lists them.</summary>
    public IEnumerable<NormalizedCell> ReadCells(XlsxWorksheet worksheet)
    {
        ArgumentNullException.ThrowIfNull(worksheet);

        var converter = new XlsxCellConverter(sharedStrings, Styles, date1904, worksheet.Name);
        using var reader = worksheet.PartName is null ? null : package.TryOpenXml(worksheet.PartName);
        if (reader is null)
        {
            yield break;
        }

        foreach (var source in new WorksheetCellReader(reader, worksheet.Name).ReadCells())
        {
            if (converter.TryConvert(source, out var cell))
            {
                yield return cell;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => package.Dispose();

    private static XlsxWorkbookDocument Read(XlsxPackage package)
    {
        var workbookPartName = FindWorkbookPart(package) ?? throw ImportRejections.NotAWorkbookPackage();
        var workbook = ReadWorkbookPart(package, workbookPartName) ?? throw ImportRejections.NotAWorkbookPackage();
        var format = ContentTypesReader.IsMacroEnabled(ContentTypesReader.Read(package).Find(workbookPartName))
            ? "xlsm"
            : "xlsx";

        var relationships = RelationshipsReader.Read(package, workbookPartName);
        List<XlsxWorksheet> worksheets = [];
        foreach (var entry in workbook.Sheets)
        {
            var relationship = relationships.FirstOrDefault(candidate => candidate.Id == entry.RelationshipId);
            if (relationship is not null && !OoxmlNames.IsRelationshipType(relationship.Type, "worksheet"))
            {
                continue;
            }

            worksheets.Add(new XlsxWorksheet(
                entry.Name, entry.Visibility != SheetVisibility.Visible, relationship?.TargetPartName));
        }

        return new XlsxWorkbookDocument(
            package,
            format,
            worksheets,
            ReadSharedStrings(package, relationships),
            ReadStyles(package, relationships),
            workbook.Date1904);
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
}
