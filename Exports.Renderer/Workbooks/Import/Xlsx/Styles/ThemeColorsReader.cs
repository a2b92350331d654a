using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>
/// Reads the colour scheme of a theme part into the order SpreadsheetML's <c>theme</c> attribute indexes:
/// lt1, dk1, lt2, dk2, accent1 to accent6, hlink, folHlink. The scheme itself lists dark before light, and
/// Excel swaps each pair, so the default text colour <c>theme="1"</c> is dk1.
/// </summary>
internal static class ThemeColorsReader
{
    private static readonly string[] IndexOrder =
    [
        "lt1", "dk1", "lt2", "dk2",
        "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
        "hlink", "folHlink",
    ];

    /// <summary>Reads the scheme's colours as ARGB hex; a colour the scheme lacks is null.</summary>
    public static IReadOnlyList<string> Read(XmlReader reader)
    {
        Dictionary<string, string> colors = [];
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !OoxmlNames.IsDrawing(reader.NamespaceURI))
            {
                continue;
            }

            if (reader.LocalName == "clrScheme")
            {
                ReadScheme(reader, colors);
                break;
            }
        }

        return [.. IndexOrder.Select(name => colors.GetValueOrDefault(name) ?? string.Empty)];
    }

    private static void ReadScheme(XmlReader reader, Dictionary<string, string> colors)
    {
        var depth = reader.Depth;
        string? slot = null;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == depth + 1)
            {
                slot = reader.LocalName;
                continue;
            }

            var rgb = reader.LocalName switch
            {
                "srgbClr" => reader.GetAttribute("val"),
                "sysClr" => reader.GetAttribute("lastClr"),
                _ => null,
            };
            if (slot is not null && rgb is { Length: 6 })
            {
                colors.TryAdd(slot, "FF" + rgb.ToUpperInvariant());
            }
        }
    }
}
