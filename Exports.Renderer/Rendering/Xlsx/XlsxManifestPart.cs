using System.Security.Cryptography;
using System.Text;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>The signed manifest as the Custom XML Part of an XLSX export.</summary>
internal static class XlsxManifestPart
{
    /// <summary>
    /// Returns the part: the manifest's XML (<see cref="ManifestXml.Write"/>) with its namespace as the schema
    /// reference. The item id is derived from the export id, not drawn at random, so equal input gives equal bytes.
    /// </summary>
    public static XlsxCustomXmlItem Create(ProvenanceManifest manifest)
    {
        using var content = new MemoryStream();
        ManifestXml.Write(manifest, content);

        return new XlsxCustomXmlItem(content.ToArray(), ItemId(manifest.ExportId), ManifestXml.Namespace);
    }

    // A name-based UUID of version 8 (RFC 9562): the first 16 bytes of SHA-256 over the export id, with the
    // version and variant bits set.
    private static Guid ItemId(string exportId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(exportId), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);

        return new Guid(hash[..16], bigEndian: true);
    }
}
