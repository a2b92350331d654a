using System.Text.Json;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>
/// The signed variant of the worked manifest example of <c>docs/provenance.md</c>: the block
/// <c>json signed-manifest-vector</c> (signer key, digest, signature, appended canonical fields, HMAC) and the
/// block <c>xml signed-manifest-example</c>.
/// </summary>
public sealed record DocumentedSignedManifestVector(
    ManifestSignature Signature, string DigestHex, string AppendedHex, string Hmac, string Xml)
{
    /// <summary>Loads the example from the page at <paramref name="pagePath"/>.</summary>
    public static DocumentedSignedManifestVector Load(string pagePath)
    {
        var lines = File.ReadAllLines(pagePath);
        using var document = JsonDocument.Parse(DocumentedManifestVector.Block(lines, "```json signed-manifest-vector"));
        var vector = document.RootElement;

        return new DocumentedSignedManifestVector(
            new ManifestSignature
            {
                Algorithm = ManifestSignature.Es256,
                KeyId = vector.GetProperty("signer_key_id").GetString()!,
                PublicKey = vector.GetProperty("public_key").GetString()!,
                Value = vector.GetProperty("signature").GetString()!,
            },
            vector.GetProperty("digest_hex").GetString()!,
            string.Concat(vector.GetProperty("appended_hex").EnumerateArray().Select(line => line.GetString())),
            vector.GetProperty("hmac").GetString()!,
            DocumentedManifestVector.Block(lines, "```xml signed-manifest-example"));
    }
}
