using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>
/// The bytes a manifest's HMAC covers: the 15 ASCII bytes <c>cb_manifest_v1</c> and a line feed, then each field
/// as a 4-byte big-endian length and its UTF-8 bytes, in this order: manifest version, export id, workbook id,
/// tenant id, hash scope, data hash, created at, key id, sheet count (decimal), then per sheet its index
/// (decimal), name, cell count (decimal) and hash. A manifest with an external signature appends six more fields
/// after the sheets: the literal <c>signature</c>, the algorithm, the signer's key id, the key form
/// (<c>public_key</c> or <c>certificate</c>), the key's base64 text and the signature's base64 text. An unsigned
/// manifest ends after its sheets.
/// </summary>
public static class ManifestCanonicalForm
{
    private static readonly byte[] Header = "cb_manifest_v1\n"u8.ToArray();

    /// <summary>
    /// Returns the canonical bytes of <paramref name="manifest"/>; its HMAC field is not part of them.
    /// </summary>
    public static byte[] GetBytes(ProvenanceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        using var output = new MemoryStream();
        output.Write(Header);
        WriteField(output, manifest.ManifestVersion);
        WriteField(output, manifest.ExportId);
        WriteField(output, manifest.WorkbookId);
        WriteField(output, manifest.TenantId);
        WriteField(output, manifest.HashScope);
        WriteField(output, manifest.DataHash);
        WriteField(output, manifest.CreatedAt);
        WriteField(output, manifest.KeyId);
        WriteField(output, manifest.Sheets.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var sheet in manifest.Sheets)
        {
            WriteField(output, sheet.Index.ToString(CultureInfo.InvariantCulture));
            WriteField(output, sheet.Name);
            WriteField(output, sheet.CellCount.ToString(CultureInfo.InvariantCulture));
            WriteField(output, sheet.Hash);
        }

        if (manifest.Signature is { } signature)
        {
            WriteSignature(output, signature);
        }

        return output.ToArray();
    }

    private static void WriteSignature(Stream output, ManifestSignature signature)
    {
        WriteField(output, "signature");
        WriteField(output, signature.Algorithm);
        WriteField(output, signature.KeyId);
        if (signature.Certificate is { } certificate)
        {
            WriteField(output, "certificate");
            WriteField(output, certificate);
        }
        else
        {
            WriteField(output, "public_key");
            WriteField(output, signature.PublicKey ?? string.Empty);
        }

        WriteField(output, signature.Value);
    }

    private static void WriteField(Stream output, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
        output.Write(length);
        output.Write(bytes);
    }
}
