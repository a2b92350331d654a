namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes the parts of one Custom XML Part as ECMA-376 Part 1 (15.2.4 and 15.2.5) defines them: the XML in
/// <c>customXml/item1.xml</c>, reached from the workbook by a <c>customXml</c> relationship, and its
/// properties in <c>customXml/itemProps1.xml</c>, reached from the item by a <c>customXmlProps</c> relationship.
/// </summary>
internal static class XlsxCustomXmlParts
{
    /// <summary>Part name of the XML item.</summary>
    public const string ItemPartName = "customXml/item1.xml";

    /// <summary>Part name of the item's properties.</summary>
    public const string PropertiesPartName = "customXml/itemProps1.xml";

    /// <summary>Part name of the item's relationships.</summary>
    public const string ItemRelationshipsPartName = "customXml/_rels/item1.xml.rels";

    /// <summary>Writes <c>itemProps1.xml</c>: the item's GUID and the namespace of its root element.</summary>
    public static void WriteProperties(Utf8XmlWriter xml, XlsxCustomXmlItem item)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<ds:datastoreItem ds:itemID=\""u8);
        xml.WriteAttributeValue(item.ItemId.ToString("B").ToUpperInvariant());
        xml.WriteRaw("\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"u8);
        xml.WriteRaw("<ds:schemaRefs><ds:schemaRef ds:uri=\""u8);
        xml.WriteAttributeValue(item.SchemaUri);
        xml.WriteRaw("\"/></ds:schemaRefs></ds:datastoreItem>"u8);
    }

    /// <summary>Writes <c>item1.xml.rels</c>: the relationship from the item to its properties.</summary>
    public static void WriteItemRelationships(Utf8XmlWriter xml)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"u8);
        xml.WriteRaw("<Relationship Id=\"rId1\""u8);
        xml.WriteRaw(" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\""u8);
        xml.WriteRaw(" Target=\"itemProps1.xml\"/></Relationships>"u8);
    }

    /// <summary>Writes the workbook's relationship to the item, with the given id.</summary>
    public static void WriteWorkbookRelationship(Utf8XmlWriter xml, int id)
    {
        xml.WriteRaw("<Relationship Id=\"rId"u8);
        xml.WriteInteger(id);
        xml.WriteRaw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml\""u8);
        xml.WriteRaw(" Target=\"../customXml/item1.xml\"/>"u8);
    }

    /// <summary>
    /// Writes the content type override of the properties part. The item itself is <c>application/xml</c>, which
    /// the package's default for the <c>xml</c> extension already gives it.
    /// </summary>
    public static void WriteContentTypes(Utf8XmlWriter xml)
    {
        xml.WriteRaw("<Override PartName=\"/customXml/itemProps1.xml\""u8);
        xml.WriteRaw(" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>"u8);
    }
}
