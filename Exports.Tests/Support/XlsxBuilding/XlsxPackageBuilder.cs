using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Exports.Tests.Support.XlsxBuilding;

/// <summary>
/// Writes raw XLSX packages from XML strings, so each test can build exactly the markup it checks: strict or
/// transitional namespaces, prefixed elements, parts outside <c>xl/</c>, a 1904 workbook, and so on.
/// </summary>
public sealed partial class XlsxPackageBuilder
{
    private const string TransitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<XlsxSheetPart> sheets = [];
    private string mainNamespace = TransitionalMain;
    private string relationshipsNamespace = TransitionalRelationships;
    private string prefix = string.Empty;
    private string folder = "xl";
    private bool absoluteTargets;
    private bool date1904;
    private bool macroEnabled;
    private bool byteOrderMarks;
    private bool partContentTypes;
    private string? sharedStrings;
    private string? styles;
    private string? theme;

    /// <summary>Uses the Strict conformance namespaces (<c>purl.oclc.org/ooxml</c>).</summary>
    public XlsxPackageBuilder Strict()
    {
        mainNamespace = StrictMain;
        relationshipsNamespace = StrictRelationships;

        return this;
    }

    /// <summary>Writes every SpreadsheetML element with a namespace prefix, such as <c>x:c</c>.</summary>
    public XlsxPackageBuilder WithPrefix(string namespacePrefix)
    {
        prefix = namespacePrefix;

        return this;
    }

    /// <summary>Puts the workbook and its parts in <paramref name="partFolder"/> instead of <c>xl</c>.</summary>
    public XlsxPackageBuilder InFolder(string partFolder)
    {
        folder = partFolder;

        return this;
    }

    /// <summary>Writes relationship targets as absolute part names, such as <c>/xl/workbook.xml</c>.</summary>
    public XlsxPackageBuilder WithAbsoluteTargets()
    {
        absoluteTargets = true;

        return this;
    }

    /// <summary>Marks the workbook as using the 1904 date system.</summary>
    public XlsxPackageBuilder Date1904()
    {
        date1904 = true;

        return this;
    }

    /// <summary>Gives the workbook part the macro-enabled content type of an XLSM file.</summary>
    public XlsxPackageBuilder MacroEnabled()
    {
        macroEnabled = true;

        return this;
    }

    /// <summary>Starts every XML part with a UTF-8 byte order mark.</summary>
    public XlsxPackageBuilder WithByteOrderMarks()
    {
        byteOrderMarks = true;

        return this;
    }

    /// <summary>
    /// Declares each part's own content type in <c>[Content_Types].xml</c>, as Excel does; without it every part
    /// but the workbook is plain <c>application/xml</c>, which the importer accepts and the Open XML SDK rejects.
    /// </summary>
    public XlsxPackageBuilder WithPartContentTypes()
    {
        partContentTypes = true;

        return this;
    }

    /// <summary>Adds a shared string table; each item is the inner XML of one <c>si</c>.</summary>
    public XlsxPackageBuilder WithSharedStrings(params string[] items)
    {
        sharedStrings = string.Concat(items.Select(item => $"<si>{item}</si>"));

        return this;
    }

    /// <summary>Adds a style part; <paramref name="innerXml"/> is the content of <c>styleSheet</c>.</summary>
    public XlsxPackageBuilder WithStyles(string innerXml)
    {
        styles = innerXml;

        return this;
    }

    /// <summary>
    /// Adds a theme part whose colour scheme is <paramref name="colorSchemeXml"/> (DrawingML, prefix <c>a</c>).
    /// </summary>
    public XlsxPackageBuilder WithTheme(string colorSchemeXml)
    {
        theme = colorSchemeXml;

        return this;
    }

    /// <summary>Adds a worksheet; <paramref name="sheetData"/> is the inner XML of its <c>sheetData</c>.</summary>
    public XlsxPackageBuilder WithSheet(string name, string sheetData, string? state = null)
    {
        sheets.Add(new XlsxSheetPart(name, sheetData, state));

        return this;
    }

    /// <summary>Adds a chartsheet, which an import skips.</summary>
    public XlsxPackageBuilder WithChartsheet(string name)
    {
        sheets.Add(new XlsxSheetPart(name, null, null));

        return this;
    }

    /// <summary>Writes the package.</summary>
    public byte[] Build()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", ContentTypes());
            Add(archive, "_rels/.rels", Relationships([("rId1", "officeDocument", Target($"{folder}/workbook.xml", string.Empty))]));
            Add(archive, $"{folder}/workbook.xml", Main("workbook", WorkbookBody()));
            Add(archive, $"{folder}/_rels/workbook.xml.rels", Relationships(WorkbookRelationships()));
            AddSheets(archive);
            AddOptionalParts(archive);
        }

        return output.ToArray();
    }

    private void AddSheets(ZipArchive archive)
    {
        for (var index = 0; index < sheets.Count; index++)
        {
            var sheet = sheets[index];
            if (sheet.SheetData is null)
            {
                Add(archive, $"{folder}/chartsheets/sheet{index + 1}.xml", Main("chartsheet", "<sheetViews/>"));
                continue;
            }

            Add(archive, $"{folder}/worksheets/sheet{index + 1}.xml", Main("worksheet", $"<sheetData>{sheet.SheetData}</sheetData>"));
        }
    }

    private void AddOptionalParts(ZipArchive archive)
    {
        if (sharedStrings is not null)
        {
            Add(archive, $"{folder}/sharedStrings.xml", Main("sst", sharedStrings));
        }

        if (styles is not null)
        {
            Add(archive, $"{folder}/styles.xml", Main("styleSheet", styles));
        }

        if (theme is not null)
        {
            Add(archive, $"{folder}/theme/theme1.xml", Xml(
                "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Test\">" +
                $"<a:themeElements><a:clrScheme name=\"Test\">{theme}</a:clrScheme></a:themeElements></a:theme>"));
        }
    }

    private string WorkbookBody()
    {
        var properties = date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
        var entries = sheets.Select((sheet, index) =>
            $"<sheet name=\"{sheet.Name}\" sheetId=\"{index + 1}\" r:id=\"rId{index + 1}\"" +
            (sheet.State is null ? string.Empty : $" state=\"{sheet.State}\"") + "/>");

        return $"{properties}<sheets>{string.Concat(entries)}</sheets>";
    }

    private List<(string Id, string Type, string Target)> WorkbookRelationships()
    {
        var source = $"{folder}/workbook.xml";
        List<(string Id, string Type, string Target)> relationships = [.. sheets.Select((sheet, index) => (
            $"rId{index + 1}",
            sheet.SheetData is null ? "chartsheet" : "worksheet",
            Target(sheet.SheetData is null ? $"{folder}/chartsheets/sheet{index + 1}.xml" : $"{folder}/worksheets/sheet{index + 1}.xml", source)))];

        if (sharedStrings is not null)
        {
            relationships.Add(("rIdStrings", "sharedStrings", Target($"{folder}/sharedStrings.xml", source)));
        }

        if (styles is not null)
        {
            relationships.Add(("rIdStyles", "styles", Target($"{folder}/styles.xml", source)));
        }

        if (theme is not null)
        {
            relationships.Add(("rIdTheme", "theme", Target($"{folder}/theme/theme1.xml", source)));
        }

        return relationships;
    }

    private string Target(string partName, string sourcePartName)
    {
        if (absoluteTargets)
        {
            return "/" + partName;
        }

        var sourceFolder = sourcePartName.Contains('/') ? sourcePartName[..(sourcePartName.LastIndexOf('/') + 1)] : string.Empty;

        return partName.StartsWith(sourceFolder, StringComparison.Ordinal) ? partName[sourceFolder.Length..] : partName;
    }

    private string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        var items = relationships.Select(relationship =>
            $"<Relationship Id=\"{relationship.Id}\" Type=\"{relationshipsNamespace}/{relationship.Type}\" Target=\"{relationship.Target}\"/>");

        return Xml($"<Relationships xmlns=\"{PackageRelationships}\">{string.Concat(items)}</Relationships>");
    }

    private string ContentTypes()
    {
        var workbookType = macroEnabled
            ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

        return Xml(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            $"<Override PartName=\"/{folder}/workbook.xml\" ContentType=\"{workbookType}\"/>" +
            (partContentTypes ? PartOverrides() : string.Empty) + "</Types>");
    }

    private string PartOverrides()
    {
        const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        List<(string Part, string Type)> parts = [.. sheets.Select((sheet, index) => sheet.SheetData is null
            ? ($"{folder}/chartsheets/sheet{index + 1}.xml", $"{Spreadsheet}.chartsheet+xml")
            : ($"{folder}/worksheets/sheet{index + 1}.xml", $"{Spreadsheet}.worksheet+xml"))];
        if (sharedStrings is not null)
        {
            parts.Add(($"{folder}/sharedStrings.xml", $"{Spreadsheet}.sharedStrings+xml"));
        }

        if (styles is not null)
        {
            parts.Add(($"{folder}/styles.xml", $"{Spreadsheet}.styles+xml"));
        }

        if (theme is not null)
        {
            parts.Add(($"{folder}/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"));
        }

        return string.Concat(parts.Select(part =>
            $"<Override PartName=\"/{part.Part}\" ContentType=\"{part.Type}\"/>"));
    }

    private string Main(string root, string body)
    {
        var declaration = prefix.Length == 0 ? $"xmlns=\"{mainNamespace}\"" : $"xmlns:{prefix}=\"{mainNamespace}\"";
        var xml = $"<{root} {declaration} xmlns:r=\"{relationshipsNamespace}\">{body}</{root}>";

        return Xml(prefix.Length == 0 ? xml : ElementTag().Replace(xml, $"<$1{prefix}:$2"));
    }

    private static string Xml(string body) => $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>{body}";

    private void Add(ZipArchive archive, string name, string content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(byteOrderMarks).GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray();
        stream.Write(bytes);
    }

    [GeneratedRegex("<(/?)(?![?!])([A-Za-z][A-Za-z0-9]*)(?=[\\s/>])")]
    private static partial Regex ElementTag();
}
