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

    /// <summary>Returns the part name of the first manifest in part-name order, or null when there is none.</summary>
    public static string? Find(XlsxPackage package)
    {
        var candidates = package.PartNamesInPackage
            .Where(name => name.StartsWith(CustomXmlFolder, StringComparison.OrdinalIgnoreCase))
            .Where(name => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Where(name => !name.Contains("/_rels/", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase);

        return candidates.FirstOrDefault(name =>
        {
            using var stream = package.TryOpenStream(name);

            return stream is not null && ManifestXml.IsManifest(stream);
        });
    }
}
