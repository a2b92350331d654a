using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Reads the shared string table into memory. Its size is bounded by
/// <see cref="ImportOptions.MaxPartUncompressedBytes"/>, as every part is.
/// </summary>
internal static class SharedStringsReader
{
    /// <summary>Reads every <c>si</c> item in order; an empty item is the empty string.</summary>
    public static IReadOnlyList<string> Read(XmlReader reader)
    {
        List<string> strings = [];
        reader.Read();
        while (!reader.EOF)
        {
            if (OoxmlNames.IsMainElement(reader, "si"))
            {
                strings.Add(RichTextReader.Read(reader));
                continue;
            }

            reader.Read();
        }

        return strings;
    }
}
