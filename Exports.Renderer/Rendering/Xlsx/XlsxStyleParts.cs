using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Writes the tables of <c>styles.xml</c> in the element order SpreadsheetML requires.</summary>
internal static class XlsxStyleParts
{
    private const string DefaultFontName = "Calibri";

    private const double DefaultFontSize = 11;

    public static void WriteNumberFormats(Utf8XmlWriter xml, IReadOnlyList<string> codes, int firstId)
    {
        if (codes.Count == 0)
        {
            return;
        }

        xml.WriteRaw("<numFmts count=\""u8);
        xml.WriteInteger(codes.Count);
        xml.WriteRaw("\">"u8);
        for (var index = 0; index < codes.Count; index++)
        {
            xml.WriteRaw("<numFmt numFmtId=\""u8);
            xml.WriteInteger(firstId + index);
            xml.WriteRaw("\" formatCode=\""u8);
            xml.WriteAttributeValue(codes[index]);
            xml.WriteRaw("\"/>"u8);
        }

        xml.WriteRaw("</numFmts>"u8);
    }

    /// <summary>Writes the default font, then <paramref name="fonts"/>.</summary>
    public static void WriteFonts(Utf8XmlWriter xml, IReadOnlyList<CellFont> fonts)
    {
        xml.WriteRaw("<fonts count=\""u8);
        xml.WriteInteger(fonts.Count + 1);
        xml.WriteRaw("\">"u8);
        WriteFont(xml, new CellFont());
        foreach (var font in fonts)
        {
            WriteFont(xml, font);
        }

        xml.WriteRaw("</fonts>"u8);
    }

    /// <summary>Writes the two fixed fills, then one solid fill per colour.</summary>
    public static void WriteFills(Utf8XmlWriter xml, IReadOnlyList<string> colors)
    {
        xml.WriteRaw("<fills count=\""u8);
        xml.WriteInteger(colors.Count + 2);
        xml.WriteRaw("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"u8);
        foreach (var color in colors)
        {
            xml.WriteRaw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\""u8);
            xml.WriteAttributeValue(color);
            xml.WriteRaw("\"/><bgColor indexed=\"64\"/></patternFill></fill>"u8);
        }

        xml.WriteRaw("</fills>"u8);
    }

    /// <summary>Writes the empty border, then <paramref name="borders"/>.</summary>
    public static void WriteBorders(Utf8XmlWriter xml, IReadOnlyList<CellBorders> borders)
    {
        xml.WriteRaw("<borders count=\""u8);
        xml.WriteInteger(borders.Count + 1);
        xml.WriteRaw("\">"u8);
        WriteBorder(xml, new CellBorders());
        foreach (var border in borders)
        {
            WriteBorder(xml, border);
        }

        xml.WriteRaw("</borders>"u8);
    }

    public static void WriteCellFormats(Utf8XmlWriter xml, IReadOnlyList<XlsxResolvedFormat> formats)
    {
        xml.WriteRaw("<cellXfs count=\""u8);
        xml.WriteInteger(formats.Count);
        xml.WriteRaw("\">"u8);
        foreach (var format in formats)
        {
            WriteCellFormat(xml, format);
        }

        xml.WriteRaw("</cellXfs>"u8);
    }

    private static void WriteCellFormat(Utf8XmlWriter xml, XlsxResolvedFormat format)
    {
        xml.WriteRaw("<xf numFmtId=\""u8);
        xml.WriteInteger(format.NumberFormatId);
        xml.WriteRaw("\" fontId=\""u8);
        xml.WriteInteger(format.FontId);
        xml.WriteRaw("\" fillId=\""u8);
        xml.WriteInteger(format.FillId);
        xml.WriteRaw("\" borderId=\""u8);
        xml.WriteInteger(format.BorderId);
        xml.WriteRaw("\" xfId=\"0\""u8);
        WriteApplyFlag(xml, " applyNumberFormat=\"1\""u8, format.NumberFormatId != 0);
        WriteApplyFlag(xml, " applyFont=\"1\""u8, format.FontId != 0);
        WriteApplyFlag(xml, " applyFill=\"1\""u8, format.FillId != 0);
        WriteApplyFlag(xml, " applyBorder=\"1\""u8, format.BorderId != 0);
        if (format.Alignment is not { } alignment)
        {
            xml.WriteRaw("/>"u8);
            return;
        }

        xml.WriteRaw(" applyAlignment=\"1\">"u8);
        WriteAlignment(xml, alignment);
        xml.WriteRaw("</xf>"u8);
    }

    private static void WriteApplyFlag(Utf8XmlWriter xml, ReadOnlySpan<byte> attribute, bool applies)
    {
        if (applies)
        {
            xml.WriteRaw(attribute);
        }
    }

    private static void WriteAlignment(Utf8XmlWriter xml, XlsxAlignment alignment)
    {
        xml.WriteRaw("<alignment"u8);
        WriteOptionalAttribute(xml, " horizontal=\""u8, alignment.Horizontal);
        WriteOptionalAttribute(xml, " vertical=\""u8, alignment.Vertical);
        if (alignment.TextRotation != 0)
        {
            xml.WriteRaw(" textRotation=\""u8);
            xml.WriteInteger(alignment.TextRotation);
            xml.WriteRaw("\""u8);
        }

        WriteApplyFlag(xml, " wrapText=\"1\""u8, alignment.WrapText);
        if (alignment.Indent != 0)
        {
            xml.WriteRaw(" indent=\""u8);
            xml.WriteInteger(alignment.Indent);
            xml.WriteRaw("\""u8);
        }

        xml.WriteRaw("/>"u8);
    }

    // Children follow Excel's order: b, i, strike, u, sz, color, name, family.
    private static void WriteFont(Utf8XmlWriter xml, CellFont font)
    {
        xml.WriteRaw("<font>"u8);
        WriteApplyFlag(xml, "<b/>"u8, font.Bold);
        WriteApplyFlag(xml, "<i/>"u8, font.Italic);
        WriteApplyFlag(xml, "<strike/>"u8, font.Strikethrough);
        WriteApplyFlag(xml, "<u/>"u8, font.Underline);
        xml.WriteRaw("<sz val=\""u8);
        xml.WriteNumber(font.SizePoints ?? DefaultFontSize);
        xml.WriteRaw("\"/>"u8);
        WriteOptionalElement(xml, "<color rgb=\""u8, font.Color);
        xml.WriteRaw("<name val=\""u8);
        xml.WriteAttributeValue(font.Name ?? DefaultFontName);
        xml.WriteRaw("\"/><family val=\"2\"/></font>"u8);
    }

    private static void WriteBorder(Utf8XmlWriter xml, CellBorders borders)
    {
        xml.WriteRaw("<border>"u8);
        WriteBorderSide(xml, "left"u8, borders.Left);
        WriteBorderSide(xml, "right"u8, borders.Right);
        WriteBorderSide(xml, "top"u8, borders.Top);
        WriteBorderSide(xml, "bottom"u8, borders.Bottom);
        xml.WriteRaw("<diagonal/></border>"u8);
    }

    private static void WriteBorderSide(Utf8XmlWriter xml, ReadOnlySpan<byte> side, CellBorder? border)
    {
        xml.WriteRaw("<"u8);
        xml.WriteRaw(side);
        if (border is null)
        {
            xml.WriteRaw("/>"u8);
            return;
        }

        xml.WriteRaw(" style=\""u8);
        xml.WriteAttributeValue(border.Style);
        xml.WriteRaw("\">"u8);
        WriteOptionalElement(xml, "<color rgb=\""u8, border.Color);
        xml.WriteRaw("</"u8);
        xml.WriteRaw(side);
        xml.WriteRaw(">"u8);
    }

    private static void WriteOptionalAttribute(Utf8XmlWriter xml, ReadOnlySpan<byte> start, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteRaw(start);
        xml.WriteAttributeValue(value);
        xml.WriteRaw("\""u8);
    }

    private static void WriteOptionalElement(Utf8XmlWriter xml, ReadOnlySpan<byte> start, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteRaw(start);
        xml.WriteAttributeValue(value);
        xml.WriteRaw("\"/>"u8);
    }
}
