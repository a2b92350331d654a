using System.Text;
using System.Text.Json;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>
/// The worked manifest example of <c>docs/provenance.md</c>: the fenced block with the info string
/// <c>json manifest-vector</c> (key, manifest, canonical bytes, HMAC) and the one with
/// <c>xml manifest-example</c> (the same manifest as XML), read from the page so that the page and the tests
/// cannot drift apart.
/// </summary>
public sealed record DocumentedManifestVector(
    string KeyId, byte[] Key, ProvenanceManifest Manifest, string CanonicalHex, string Hmac, string Xml)
{
    /// <summary>Loads the example from the page at <paramref name="pagePath"/>; it must appear exactly once.</summary>
    public static DocumentedManifestVector Load(string pagePath)
    {
        var lines = File.ReadAllLines(pagePath);
        using var document = JsonDocument.Parse(Block(lines, "```json manifest-vector"));
        var vector = document.RootElement;
        var manifest = vector.GetProperty("manifest");

        return new DocumentedManifestVector(
            vector.GetProperty("key_id").GetString()!,
            Convert.FromBase64String(vector.GetProperty("key_base64").GetString()!),
            ReadManifest(manifest, vector.GetProperty("hmac").GetString()!),
            string.Concat(vector.GetProperty("canonical_hex").EnumerateArray().Select(line => line.GetString())),
            vector.GetProperty("hmac").GetString()!,
            Block(lines, "```xml manifest-example"));
    }

    private static ProvenanceManifest ReadManifest(JsonElement manifest, string hmac) => new()
    {
        ManifestVersion = manifest.GetProperty("manifest_version").GetString()!,
        ExportId = manifest.GetProperty("export_id").GetString()!,
        WorkbookId = manifest.GetProperty("workbook_id").GetString()!,
        TenantId = manifest.GetProperty("tenant_id").GetString()!,
        HashScope = manifest.GetProperty("hash_scope").GetString()!,
        DataHash = manifest.GetProperty("data_hash").GetString()!,
        CreatedAt = manifest.GetProperty("created_at").GetString()!,
        KeyId = manifest.GetProperty("key_id").GetString()!,
        Sheets =
        [
            .. manifest.GetProperty("sheets").EnumerateArray().Select(sheet => new ManifestSheet(
                sheet.GetProperty("index").GetInt32(),
                sheet.GetProperty("name").GetString()!,
                sheet.GetProperty("cell_count").GetInt64(),
                sheet.GetProperty("hash").GetString()!)),
        ],
        Hmac = hmac,
    };

    /// <summary>Returns the text of the one fenced block that opens with <paramref name="fence"/>.</summary>
    internal static string Block(IReadOnlyList<string> lines, string fence)
    {
        var starts = lines.Select((line, index) => (Line: line, Index: index))
            .Where(entry => entry.Line.Trim() == fence)
            .ToList();
        if (starts.Count != 1)
        {
            throw new InvalidDataException($"The page has {starts.Count} blocks that open with '{fence}', not one.");
        }

        var text = new StringBuilder();
        foreach (var line in lines.Skip(starts[0].Index + 1).TakeWhile(line => line.Trim() != "```"))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }
}
