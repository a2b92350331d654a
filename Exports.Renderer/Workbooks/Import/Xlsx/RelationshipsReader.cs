using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Reads the relationships part of a part; external targets, such as hyperlinks, are left out.</summary>
internal static class RelationshipsReader
{
    /// <summary>
    /// Reads the relationships of a part (empty name for the package); none when there is no relationships part.
    /// </summary>
    public static IReadOnlyList<PartRelationship> Read(XlsxPackage package, string sourcePartName)
    {
        var relationshipsPart = sourcePartName.Length == 0
            ? PartNames.PackageRelationships
            : PartNames.RelationshipsOf(sourcePartName);

        using var reader = package.TryOpenXml(relationshipsPart);
        if (reader is null)
        {
            return [];
        }

        List<PartRelationship> relationships = [];
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
            {
                continue;
            }

            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            var mode = reader.GetAttribute("TargetMode");
            var external = string.Equals(mode, "External", StringComparison.OrdinalIgnoreCase);
            if (id is null || type is null || target is null || external)
            {
                continue;
            }

            relationships.Add(new PartRelationship(id, type, PartNames.Resolve(sourcePartName, target)));
        }

        return relationships;
    }
}
