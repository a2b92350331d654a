namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Writes the small parts that tie an XLSX package together.</summary>
internal static class XlsxPackageParts
{
    /// <summary>Writes <c>xl/workbook.xml</c>: the sheets in order, the active tab and hidden states.</summary>
    public static void WriteWorkbook(Utf8XmlWriter xml, IReadOnlyList<XlsxSheetEntry> sheets)
    {
        var activeTab = Math.Max(0, sheets.ToList().FindIndex(sheet => !sheet.Hidden));

        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "u8);
        xml.WriteRaw("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
        xml.WriteRaw("<bookViews><workbookView activeTab=\""u8);
        xml.WriteInteger(activeTab);
        xml.WriteRaw("\"/></bookViews><sheets>"u8);
        foreach (var sheet in sheets)
        {
            xml.WriteRaw("<sheet name=\""u8);
            xml.WriteAttributeValue(sheet.Name);
            xml.WriteRaw("\" sheetId=\""u8);
            xml.WriteInteger(sheet.Number);
            xml.WriteRaw(sheet.Hidden ? "\" state=\"hidden\" r:id=\"rId"u8 : "\" r:id=\"rId"u8);
            xml.WriteInteger(sheet.Number);
            xml.WriteRaw("\"/>"u8);
        }

        xml.WriteRaw("</sheets></workbook>"u8);
    }

    /// <summary>
    /// Writes <c>xl/_rels/workbook.xml.rels</c>: one relationship per sheet, then the styles, then the Custom XML
    /// Part when there is one.
    /// </summary>
    public static void WriteWorkbookRelationships(
        Utf8XmlWriter xml, IReadOnlyList<XlsxSheetEntry> sheets, bool hasCustomXml)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"u8);
        foreach (var sheet in sheets)
        {
            xml.WriteRaw("<Relationship Id=\"rId"u8);
            xml.WriteInteger(sheet.Number);
            xml.WriteRaw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""u8);
            xml.WriteRaw(" Target=\"worksheets/sheet"u8);
            xml.WriteInteger(sheet.Number);
            xml.WriteRaw(".xml\"/>"u8);
        }

        xml.WriteRaw("<Relationship Id=\"rId"u8);
        xml.WriteInteger(sheets.Count + 1);
        xml.WriteRaw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""u8);
        xml.WriteRaw(" Target=\"styles.xml\"/>"u8);
        if (hasCustomXml)
        {
            XlsxCustomXmlParts.WriteWorkbookRelationship(xml, sheets.Count + 2);
        }

        xml.WriteRaw("</Relationships>"u8);
    }

    /// <summary>Writes <c>[Content_Types].xml</c>.</summary>
    public static void WriteContentTypes(Utf8XmlWriter xml, IReadOnlyList<XlsxSheetEntry> sheets, bool hasCustomXml)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"u8);
        xml.WriteRaw("<Default Extension=\"rels\""u8);
        xml.WriteRaw(" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"u8);
        xml.WriteRaw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>"u8);
        xml.WriteRaw("<Override PartName=\"/xl/workbook.xml\""u8);
        xml.WriteRaw(" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"u8);
        foreach (var sheet in sheets)
        {
            xml.WriteRaw("<Override PartName=\"/"u8);
            xml.WriteAttributeValue(sheet.PartName);
            xml.WriteRaw("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"u8);
        }

        xml.WriteRaw("<Override PartName=\"/xl/styles.xml\""u8);
        xml.WriteRaw(" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"u8);
        xml.WriteRaw("<Override PartName=\"/docProps/core.xml\""u8);
        xml.WriteRaw(" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"u8);
        xml.WriteRaw("<Override PartName=\"/docProps/app.xml\""u8);
        xml.WriteRaw(" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"u8);
        if (hasCustomXml)
        {
            XlsxCustomXmlParts.WriteContentTypes(xml);
        }

        xml.WriteRaw("</Types>"u8);
    }

    /// <summary>Writes <c>_rels/.rels</c>: the workbook and the two property parts.</summary>
    public static void WritePackageRelationships(Utf8XmlWriter xml)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"u8);
        xml.WriteRaw("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""u8);
        xml.WriteRaw(" Target=\"xl/workbook.xml\"/>"u8);
        xml.WriteRaw("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""u8);
        xml.WriteRaw(" Target=\"docProps/core.xml\"/>"u8);
        xml.WriteRaw("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\""u8);
        xml.WriteRaw(" Target=\"docProps/app.xml\"/>"u8);
        xml.WriteRaw("</Relationships>"u8);
    }

    /// <summary>Writes <c>docProps/core.xml</c>.</summary>
    public static void WriteCoreProperties(Utf8XmlWriter xml, XlsxDocumentProperties properties)
    {
        var created = properties.Created.UtcDateTime.ToString(
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<cp:coreProperties"u8);
        xml.WriteRaw(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "u8);
        xml.WriteRaw("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "u8);
        xml.WriteRaw("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"u8);
        xml.WriteAttributeValue(properties.Title);
        xml.WriteRaw("</dc:title><dc:creator>Exports</dc:creator><dc:identifier>"u8);
        xml.WriteAttributeValue(properties.Identifier);
        xml.WriteRaw("</dc:identifier><dcterms:created xsi:type=\"dcterms:W3CDTF\">"u8);
        xml.WriteAttributeValue(created);
        xml.WriteRaw("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"u8);
        xml.WriteAttributeValue(created);
        xml.WriteRaw("</dcterms:modified></cp:coreProperties>"u8);
    }

    /// <summary>Writes <c>docProps/app.xml</c>.</summary>
    public static void WriteAppProperties(Utf8XmlWriter xml)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"u8);
        xml.WriteRaw("<Application>Exports</Application></Properties>"u8);
    }
}
