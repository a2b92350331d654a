using System.Text;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>The provenance a PDF states on every page and in its document information.</summary>
/// <param name="DataHash">cb_hash_v1 data hash of the sheets shown, such as <c>sha256:…</c>.</param>
/// <param name="HashScope">Its scope: <c>foundation</c> or <c>validated</c>.</param>
/// <param name="ManifestXml">The signed provenance manifest as XML, or null when the export has none.</param>
internal sealed record PdfStamp(string DataHash, string HashScope, string? ManifestXml)
{
    /// <summary>Returns the stamp of a data hash and the manifest that signs it, if any.</summary>
    public static PdfStamp Create(string dataHash, string hashScope, ProvenanceManifest? manifest)
    {
        if (manifest is null)
        {
            return new PdfStamp(dataHash, hashScope, null);
        }

        using var xml = new MemoryStream();
        Provenance.Manifests.ManifestXml.Write(manifest, xml);

        return new PdfStamp(dataHash, hashScope, Encoding.UTF8.GetString(xml.ToArray()).TrimStart('\uFEFF'));
    }
}
