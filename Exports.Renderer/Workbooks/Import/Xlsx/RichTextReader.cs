using System.Text;
using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Reads the text of a string item (<c>si</c> of the shared strings, or <c>is</c> of an inline string):
/// plain <c>t</c> or the runs <c>r/t</c> concatenated. Phonetic runs (<c>rPh</c>) are reading aids, not part
/// of the value, so they are skipped.
/// </summary>
internal static class RichTextReader
{
    /// <summary>Reads the item the reader is on and leaves the reader after its end tag.</summary>
    public static string Read(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();

            return string.Empty;
        }

        var depth = reader.Depth;
        var builder = new StringBuilder();
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (OoxmlNames.IsMainElement(reader, "rPh") || OoxmlNames.IsMainElement(reader, "phoneticPr"))
            {
                reader.Skip();
                continue;
            }

            if (OoxmlNames.IsMainElement(reader, "t"))
            {
                builder.Append(OoxmlEscapes.Decode(reader.ReadElementContentAsString()));
                continue;
            }

            reader.Read();
        }

        reader.Read();

        return builder.ToString();
    }
}
