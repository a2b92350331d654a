using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>
/// Reads the tables of a style part that normalised styles are built from. Differential formats
/// (<c>dxfs</c>) and cell style formats (<c>cellStyleXfs</c>) are skipped: cells never index them.
/// </summary>
internal static class StylesPartReader
{
    public static StylesPart Read(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return StylesPart.Empty;
        }

        var part = StylesPart.Empty;
        var rootDepth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rootDepth))
        {
            if (reader.NodeType != XmlNodeType.Element || !OoxmlNames.IsMain(reader.NamespaceURI))
            {
                reader.Read();
                continue;
            }

            part = reader.LocalName switch
            {
                "numFmts" => part with { NumberFormats = ReadNumberFormats(reader) },
                "fonts" => part with { Fonts = ReadList(reader, "font", StyleElementReader.ReadFont) },
                "fills" => part with { Fills = ReadList(reader, "fill", StyleElementReader.ReadFill) },
                "borders" => part with { Borders = ReadList(reader, "border", StyleElementReader.ReadBorder) },
                "cellXfs" => part with { CellFormats = ReadList(reader, "xf", StyleElementReader.ReadCellFormat) },
                "colors" => part with { IndexedColors = ReadIndexedColors(reader) },
                _ => Skip(reader, part),
            };
        }

        return part;
    }

    private static StylesPart Skip(XmlReader reader, StylesPart part)
    {
        reader.Skip();

        return part;
    }

    private static List<T> ReadList<T>(XmlReader reader, string itemName, Func<XmlReader, T> readItem)
    {
        List<T> items = [];
        ForEachChild(reader, child =>
        {
            if (OoxmlNames.IsMainElement(child, itemName))
            {
                items.Add(readItem(child));
            }

            child.Skip();
        });

        return items;
    }

    private static Dictionary<int, string> ReadNumberFormats(XmlReader reader)
    {
        Dictionary<int, string> formats = [];
        ForEachChild(reader, child =>
        {
            if (OoxmlNames.IsMainElement(child, "numFmt")
                && XmlValues.ParseInt(child.GetAttribute("numFmtId")) is { } id
                && child.GetAttribute("formatCode") is { } code)
            {
                formats[id] = code;
            }

            child.Skip();
        });

        return formats;
    }

    private static List<string> ReadIndexedColors(XmlReader reader)
    {
        List<string> colors = [];
        ForEachChild(reader, child =>
        {
            if (OoxmlNames.IsMainElement(child, "indexedColors"))
            {
                ForEachChild(child, color =>
                {
                    if (OoxmlNames.IsMainElement(color, "rgbColor") && color.GetAttribute("rgb") is { } rgb)
                    {
                        colors.Add(rgb.Length == 6 ? "FF" + rgb.ToUpperInvariant() : rgb.ToUpperInvariant());
                    }

                    color.Skip();
                });
                return;
            }

            child.Skip();
        });

        return colors;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> on each child element of the element the reader is on; the callback must
    /// move the reader past the child. Leaves the reader after the element's end tag.
    /// </summary>
    internal static void ForEachChild(XmlReader reader, Action<XmlReader> visit)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();

            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                visit(reader);
                continue;
            }

            reader.Read();
        }

        reader.Read();
    }
}
