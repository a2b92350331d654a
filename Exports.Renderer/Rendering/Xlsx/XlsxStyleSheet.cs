using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// The output's style table, filled while sheets are written and saved as <c>xl/styles.xml</c> at the end.
/// Format 0 is the default, so cells without a style need no <c>s</c> attribute.
/// </summary>
internal sealed class XlsxStyleSheet
{
    private const int FirstCustomNumberFormatId = 164;

    // Fills 0 and 1 are fixed by SpreadsheetML: no fill and the gray125 pattern.
    private const int FixedFillCount = 2;

    private readonly List<XlsxCellFormat> formats = [XlsxCellFormat.Default];
    private readonly Dictionary<XlsxCellFormat, int> formatIds = new() { [XlsxCellFormat.Default] = 0 };
    private readonly IndexedSet<string> numberFormats = new();
    private readonly IndexedSet<CellFont> fonts = new();
    private readonly IndexedSet<string> fills = new();
    private readonly IndexedSet<CellBorders> borders = new();

    /// <summary>Returns the index of a format in <c>cellXfs</c>, adding it when it is new.</summary>
    public int Add(XlsxCellFormat format)
    {
        if (formatIds.TryGetValue(format, out var id))
        {
            return id;
        }

        id = formats.Count;
        formats.Add(format);
        formatIds.Add(format, id);

        return id;
    }

    /// <summary>Writes <c>styles.xml</c>.</summary>
    public void Write(Utf8XmlWriter xml)
    {
        var resolved = formats.Select(Resolve).ToList();

        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);
        XlsxStyleParts.WriteNumberFormats(xml, numberFormats.Items, FirstCustomNumberFormatId);
        XlsxStyleParts.WriteFonts(xml, fonts.Items);
        XlsxStyleParts.WriteFills(xml, fills.Items);
        XlsxStyleParts.WriteBorders(xml, borders.Items);
        xml.WriteRaw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"u8);
        XlsxStyleParts.WriteCellFormats(xml, resolved);
        xml.WriteRaw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"u8);
        xml.WriteRaw("</styleSheet>"u8);
    }

    private XlsxResolvedFormat Resolve(XlsxCellFormat format) => new(
        format.NumberFormat is null ? 0 : FirstCustomNumberFormatId + numberFormats.Add(format.NumberFormat),
        format.Font is null ? 0 : 1 + fonts.Add(format.Font),
        format.FillColor is null ? 0 : FixedFillCount + fills.Add(format.FillColor),
        format.Borders is null ? 0 : 1 + borders.Add(format.Borders),
        format.Alignment);

    /// <summary>Distinct values in the order first added.</summary>
    private sealed class IndexedSet<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> indexes = [];

        public List<T> Items { get; } = [];

        public int Add(T item)
        {
            if (!indexes.TryGetValue(item, out var index))
            {
                index = Items.Count;
                Items.Add(item);
                indexes.Add(item, index);
            }

            return index;
        }
    }
}
