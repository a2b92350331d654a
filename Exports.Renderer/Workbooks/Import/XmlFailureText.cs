using System.Xml;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// Describes why a part of an uploaded package is not readable XML, in words for the uploader: the parser's own
/// message gives advice (such as changing reader settings) that only applies to the server.
/// </summary>
internal static class XmlFailureText
{
    /// <summary>Returns a sentence fragment that describes what is wrong with the part.</summary>
    public static string Describe(XmlException exception) =>
        exception.Message.Contains("DTD", StringComparison.Ordinal)
            ? "a part of the package declares a document type (DTD), which spreadsheets do not use and which is " +
                "refused because it can expand entities or reach other files"
            : $"a part of the package is not well-formed XML (line {exception.LineNumber}, position " +
                $"{exception.LinePosition})";
}
