using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Namespaces and relationship types of SpreadsheetML in both conformance classes: Transitional
/// (<c>schemas.openxmlformats.org</c>) and Strict (<c>purl.oclc.org/ooxml</c>). Elements are matched by
/// local name and namespace, never by prefix, so <c>x:c</c> and <c>c</c> read alike.
/// </summary>
internal static class OoxmlNames
{
    public const string TransitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    public const string TransitionalRelationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public const string TransitionalDrawing = "http://schemas.openxmlformats.org/drawingml/2006/main";

    public const string StrictDrawing = "http://purl.oclc.org/ooxml/drawingml/main";

    /// <summary>Returns whether the reader is on a SpreadsheetML main element with this local name.</summary>
    public static bool IsMainElement(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && IsMain(reader.NamespaceURI);

    /// <summary>
    /// Returns whether a namespace is SpreadsheetML's main namespace. The empty namespace counts too, since some
    /// generators omit the declaration.
    /// </summary>
    public static bool IsMain(string namespaceUri) =>
        namespaceUri is TransitionalMain or StrictMain or "";

    /// <summary>Returns whether a namespace is DrawingML's main namespace, which theme parts use.</summary>
    public static bool IsDrawing(string namespaceUri) => namespaceUri is TransitionalDrawing or StrictDrawing;

    /// <summary>Returns whether a relationship type is <paramref name="name"/> in either conformance class.</summary>
    public static bool IsRelationshipType(string type, string name) =>
        type.Length == name.Length + TransitionalRelationships.Length + 1
            ? type.StartsWith(TransitionalRelationships, StringComparison.Ordinal) && EndsWithName(type, name)
            : type.Length == name.Length + StrictRelationships.Length + 1
              && type.StartsWith(StrictRelationships, StringComparison.Ordinal) && EndsWithName(type, name);

    /// <summary>Reads an <c>r:id</c> style attribute in either relationships namespace.</summary>
    public static string? GetRelationshipAttribute(XmlReader reader, string localName) =>
        reader.GetAttribute(localName, TransitionalRelationships)
        ?? reader.GetAttribute(localName, StrictRelationships);

    private static bool EndsWithName(string type, string name) =>
        type[^(name.Length + 1)] == '/' && type.EndsWith(name, StringComparison.Ordinal);
}
