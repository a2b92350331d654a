using System.Text;
using System.Xml;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Workbooks.Import.Xlsx;

namespace Exports.Renderer.Verification;

/// <summary>
/// Finds the embedded manifest among a copy's Custom XML Parts. Every XML part under <c>customXml/</c> is looked
/// at, not only those the workbook's relationships name, since tools that re-save files may renumber them.
/// </summary>
internal static class ManifestLocator
{
    private const string CustomXmlFolder = "customXml/";

    /// <summary>How much of a damaged part is searched for the manifest namespace; a manifest is far smaller.</summary>
    private const int ScannedBytes = 1024 * 1024;

    /// <summary>Returns the part name of the first manifest in part-name order, or null when there is none.</summary>
    public static string? Find(XlsxPackage package)
    {
        var candidates = package.PartNamesInPackage
            .Where(name => name.StartsWith(CustomXmlFolder, StringComparison.OrdinalIgnoreCase))
            .Where(name => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Where(name => !name.Contains("/_rels/", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase);

        return candidates.FirstOrDefault(name => IsManifestPart(package, name));
    }

    /// <summary>
    /// Whether a part is a manifest: its root element is a manifest element, or the part is not well-formed XML (a
    /// DTD included) but contains the manifest namespace. Such a part is a damaged manifest, which verification
    /// reports as invalid rather than overlooking it.
    /// </summary>
    private static bool IsManifestPart(XlsxPackage package, string partName)
    {
        using (var stream = package.TryOpenStream(partName))
        {
            if (stream is null)
            {
                return false;
            }

            try
            {
                return ManifestXml.IsManifest(stream, throwWhenUnreadable: true);
            }
            catch (XmlException)
            {
                // Not well-formed: judged by its bytes below.
            }
        }

        using var raw = package.TryOpenStream(partName)!;

        return MentionsNamespace(raw);
    }

    private static bool MentionsNamespace(Stream part)
    {
        var buffer = new byte[ScannedBytes];
        var bytes = buffer.AsSpan(0, part.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));

        return bytes.IndexOf(Encoding.UTF8.GetBytes(ManifestXml.Namespace)) >= 0
            || bytes.IndexOf(Encoding.Unicode.GetBytes(ManifestXml.Namespace)) >= 0;
    }
}
