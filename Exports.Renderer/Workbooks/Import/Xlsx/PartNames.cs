namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Part names of an Open Packaging Conventions package, written as ZIP entry names: no leading slash, forward
/// slashes, percent escapes decoded.
/// </summary>
internal static class PartNames
{
    /// <summary>Part name of the package relationships.</summary>
    public const string PackageRelationships = "_rels/.rels";

    /// <summary>Part name of the content types stream.</summary>
    public const string ContentTypes = "[Content_Types].xml";

    /// <summary>Returns the relationships part of a part, such as <c>xl/_rels/workbook.xml.rels</c>.</summary>
    public static string RelationshipsOf(string partName)
    {
        var slash = partName.LastIndexOf('/');

        return slash < 0
            ? $"_rels/{partName}.rels"
            : $"{partName[..slash]}/_rels/{partName[(slash + 1)..]}.rels";
    }

    /// <summary>
    /// Resolves a relationship target against the part that holds the relationship: an absolute target starts
    /// at the package root, a relative one at the folder of <paramref name="sourcePartName"/> (empty for the
    /// package itself).
    /// </summary>
    public static string Resolve(string sourcePartName, string target)
    {
        var path = Normalize(target);
        var folder = target.StartsWith('/') || target.StartsWith('\\')
            ? []
            : FolderSegments(sourcePartName);

        List<string> segments = [.. folder];
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>Turns a ZIP entry name or target into part name form.</summary>
    public static string Normalize(string name)
    {
        var path = name.Replace('\\', '/');
        var query = path.IndexOfAny(['#', '?']);
        if (query >= 0)
        {
            path = path[..query];
        }

        return Uri.UnescapeDataString(path).TrimStart('/');
    }

    private static string[] FolderSegments(string partName)
    {
        var slash = partName.LastIndexOf('/');

        return slash < 0 ? [] : partName[..slash].Split('/');
    }
}
