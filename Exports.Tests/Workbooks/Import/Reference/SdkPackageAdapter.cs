using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>
/// Rewrites a package so the Open XML SDK can open it as a reference: Strict namespaces become their
/// Transitional twins (the SDK reads only Transitional), and a prefixed <c>[Content_Types].xml</c> is
/// written with a default namespace (System.IO.Packaging rejects prefixes there). Every value stays as written.
/// </summary>
public static class SdkPackageAdapter
{
    private static readonly (string Strict, string Transitional)[] Namespaces =
    [
        ("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
        ("http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
        ("http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"),
        ("http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
        ("http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
        ("relationships/extendedProperties", "relationships/extended-properties"),
    ];

    /// <summary>Returns the adapted copy of a package.</summary>
    public static byte[] Adapt(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var target = archive.CreateEntry(entry.FullName).Open();
                if (!IsXml(entry.FullName))
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                    continue;
                }

                var text = Read(entry);
                foreach (var (strict, transitional) in Namespaces)
                {
                    text = text.Replace(strict, transitional, StringComparison.Ordinal);
                }

                if (entry.FullName == "[Content_Types].xml")
                {
                    text = WithDefaultNamespace(text);
                }

                target.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    private static string WithDefaultNamespace(string xml)
    {
        var document = XDocument.Parse(xml);
        var root = document.Root!;
        root.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
        root.SetAttributeValue("xmlns", root.Name.NamespaceName);

        return document.ToString(SaveOptions.DisableFormatting);
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);

        return reader.ReadToEnd();
    }
}
