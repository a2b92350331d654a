using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Support.Readers;

/// <summary>Finds the provenance manifest embedded in an XLSX file as a Custom XML Part.</summary>
public static class EmbeddedManifest
{
    /// <summary>
    /// Returns the Custom XML Parts of the workbook whose root is a manifest, found the way Excel finds them:
    /// through the workbook part's <c>customXml</c> relationships.
    /// </summary>
    public static IReadOnlyList<CustomXmlPart> Parts(XlsxPackage package) =>
        [.. package.WorkbookPart.CustomXmlParts.Where(IsManifest)];

    /// <summary>Reads the one manifest part that the workbook part references.</summary>
    public static ProvenanceManifest Read(XlsxPackage package)
    {
        using var stream = Parts(package).Single().GetStream();

        return ManifestXml.Read(stream);
    }

    /// <summary>
    /// Reads every ZIP entry under <c>customXml/</c> whose root is a manifest, whether or not a relationship
    /// references it, with the entry name.
    /// </summary>
    public static IReadOnlyList<(string Entry, ProvenanceManifest Manifest)> ReadEntries(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var found = new List<(string, ProvenanceManifest)>();
        var entries = archive.Entries.Where(entry => entry.FullName.StartsWith("customXml/", StringComparison.Ordinal));
        foreach (var entry in entries)
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            if (ManifestXml.IsManifest(buffer))
            {
                buffer.Position = 0;
                found.Add((entry.FullName, ManifestXml.Read(buffer)));
            }
        }

        return found;
    }

    private static bool IsManifest(CustomXmlPart part)
    {
        using var stream = part.GetStream();

        return ManifestXml.IsManifest(stream);
    }
}
