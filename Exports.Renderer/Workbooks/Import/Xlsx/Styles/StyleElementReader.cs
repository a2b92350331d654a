using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>
/// Reads one item of a style part table. Each method starts on the item's element and leaves the reader there.
/// </summary>
internal static class StyleElementReader
{
    public static StyleFont ReadFont(XmlReader reader)
    {
        var font = new StyleFont(null, null, false, false, false, false, null);
        using var subtree = reader.ReadSubtree();
        while (subtree.Read())
        {
            if (subtree.NodeType != XmlNodeType.Element || !OoxmlNames.IsMain(subtree.NamespaceURI))
            {
                continue;
            }

            var val = subtree.GetAttribute("val");
            font = subtree.LocalName switch
            {
                "name" => font with { Name = val },
                "sz" => font with { SizePoints = XmlValues.ParseDouble(val) },
                "b" => font with { Bold = XmlValues.IsToggleOn(val) },
                "i" => font with { Italic = XmlValues.IsToggleOn(val) },
                "strike" => font with { Strikethrough = XmlValues.IsToggleOn(val) },
                "u" => font with { Underline = val is null || (val != "none" && XmlValues.IsToggleOn(val)) },
                "color" => font with { Color = ReadColor(subtree) },
                _ => font,
            };
        }

        return font;
    }

    public static ColorReference? ReadFill(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        while (subtree.Read())
        {
            if (!OoxmlNames.IsMainElement(subtree, "patternFill"))
            {
                continue;
            }

            if (subtree.GetAttribute("patternType") != "solid")
            {
                return null;
            }

            while (subtree.Read())
            {
                if (OoxmlNames.IsMainElement(subtree, "fgColor"))
                {
                    return ReadColor(subtree);
                }
            }
        }

        return null;
    }

    public static StyleBorder ReadBorder(XmlReader reader)
    {
        var border = new StyleBorder(null, null, null, null);
        using var subtree = reader.ReadSubtree();
        subtree.Read();
        while (subtree.Read())
        {
            var isSide = subtree.NodeType == XmlNodeType.Element && subtree.Depth == 1;
            if (!isSide || !OoxmlNames.IsMain(subtree.NamespaceURI))
            {
                continue;
            }

            border = subtree.LocalName switch
            {
                "left" or "start" => border with { Left = ReadBorderLine(subtree) ?? border.Left },
                "right" or "end" => border with { Right = ReadBorderLine(subtree) ?? border.Right },
                "top" => border with { Top = ReadBorderLine(subtree) },
                "bottom" => border with { Bottom = ReadBorderLine(subtree) },
                _ => border,
            };
        }

        return border;
    }

    public static CellFormat ReadCellFormat(XmlReader reader)
    {
        var format = new CellFormat
        {
            NumberFormatId = XmlValues.ParseInt(reader.GetAttribute("numFmtId")) ?? 0,
            FontId = XmlValues.ParseInt(reader.GetAttribute("fontId")) ?? 0,
            FillId = XmlValues.ParseInt(reader.GetAttribute("fillId")) ?? 0,
            BorderId = XmlValues.ParseInt(reader.GetAttribute("borderId")) ?? 0,
        };

        using var subtree = reader.ReadSubtree();
        while (subtree.Read())
        {
            if (!OoxmlNames.IsMainElement(subtree, "alignment"))
            {
                continue;
            }

            format = format with
            {
                Horizontal = subtree.GetAttribute("horizontal"),
                Vertical = subtree.GetAttribute("vertical"),
                WrapText = XmlValues.IsTrue(subtree.GetAttribute("wrapText")),
                Indent = XmlValues.ParseInt(subtree.GetAttribute("indent")) ?? 0,
                TextRotation = XmlValues.ParseInt(subtree.GetAttribute("textRotation")) ?? 0,
            };
        }

        return format;
    }

    private static StyleBorderLine? ReadBorderLine(XmlReader reader)
    {
        var style = reader.GetAttribute("style");
        if (string.IsNullOrEmpty(style) || style == "none")
        {
            return null;
        }

        ColorReference? color = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && reader.Depth > depth)
            {
                if (OoxmlNames.IsMainElement(reader, "color"))
                {
                    color = ReadColor(reader);
                }
            }
        }

        return new StyleBorderLine(style, color);
    }

    private static ColorReference ReadColor(XmlReader reader) => new(
        reader.GetAttribute("rgb"),
        XmlValues.ParseInt(reader.GetAttribute("indexed")),
        XmlValues.ParseInt(reader.GetAttribute("theme")),
        XmlValues.ParseDouble(reader.GetAttribute("tint")) ?? 0,
        XmlValues.IsTrue(reader.GetAttribute("auto")));
}
