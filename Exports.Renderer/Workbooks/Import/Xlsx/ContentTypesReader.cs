using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Reads <c>[Content_Types].xml</c>, which names the content type of every part.</summary>
internal sealed class ContentTypesReader
{
    private readonly Dictionary<string, string> overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> defaults = new(StringComparer.OrdinalIgnoreCase);

    private ContentTypesReader()
    {
    }

    /// <summary>Reads the content types of a package; none are known when the stream is missing.</summary>
    public static ContentTypesReader Read(XlsxPackage package)
    {
        var contentTypes = new ContentTypesReader();
        using var reader = package.TryOpenXml(PartNames.ContentTypes);
        if (reader is null)
        {
            return contentTypes;
        }

        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var contentType = reader.GetAttribute("ContentType");
            if (contentType is null)
            {
                continue;
            }

            if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } partName)
            {
                contentTypes.overrides.TryAdd(PartNames.Normalize(partName), contentType);
            }
            else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                contentTypes.defaults.TryAdd(extension, contentType);
            }
        }

        return contentTypes;
    }

    /// <summary>Returns the content type of a part, or null when the package does not say.</summary>
    public string? Find(string partName)
    {
        if (overrides.TryGetValue(partName, out var contentType))
        {
            return contentType;
        }

        var extension = Path.GetExtension(partName).TrimStart('.');

        return defaults.GetValueOrDefault(extension);
    }

    /// <summary>Returns the parts whose content type is a workbook's main part, for packages without links.</summary>
    public IEnumerable<string> FindWorkbookParts() =>
        overrides.Where(pair => IsWorkbookContentType(pair.Value)).Select(pair => pair.Key);

    /// <summary>Returns whether a content type is that of a macro-enabled workbook's main part.</summary>
    public static bool IsMacroEnabled(string? contentType) =>
        contentType is not null && contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase);

    private static bool IsWorkbookContentType(string contentType)
    {
        var spreadsheet = contentType.StartsWith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.", StringComparison.OrdinalIgnoreCase);
        var excel = contentType.StartsWith("application/vnd.ms-excel.", StringComparison.OrdinalIgnoreCase);

        return (spreadsheet || excel) && contentType.EndsWith(".main+xml", StringComparison.OrdinalIgnoreCase);
    }
}
