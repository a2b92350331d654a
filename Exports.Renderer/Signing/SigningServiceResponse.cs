using System.Text.Json;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Signing;

/// <summary>
/// Reads the body of a signing service's response: a JSON object with <c>algorithm</c> (<c>ES256</c>),
/// <c>key_id</c>, <c>signature</c> (base64 of 64 bytes, IEEE P1363) and exactly one of <c>public_key</c> (base64
/// DER SubjectPublicKeyInfo) and <c>certificate</c> (base64 DER X.509). Other members are ignored.
/// </summary>
public static class SigningServiceResponse
{
    /// <summary>
    /// Returns the signature the body states, with base64 values re-encoded in their canonical form; throws
    /// <see cref="FormatException"/> naming the first member that is missing or invalid.
    /// </summary>
    public static ManifestSignature Parse(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new FormatException("the body is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the body is not a JSON object");
            }

            return Read(root);
        }
    }

    private static ManifestSignature Read(JsonElement root)
    {
        if (RequiredString(root, "algorithm") != ManifestSignature.Es256)
        {
            throw new FormatException($"member 'algorithm' is not {ManifestSignature.Es256}");
        }

        var keyId = RequiredString(root, "key_id");
        if (!SignerKeyIds.IsValid(keyId))
        {
            throw new FormatException($"member 'key_id' is not {SignerKeyIds.Description}");
        }

        var value = Base64("signature", RequiredString(root, "signature"));
        var publicKey = OptionalString(root, "public_key");
        var certificate = OptionalString(root, "certificate");
        if ((publicKey is null) == (certificate is null))
        {
            throw new FormatException("exactly one of the members 'public_key' and 'certificate' must be given");
        }

        return new ManifestSignature
        {
            Algorithm = ManifestSignature.Es256,
            KeyId = keyId,
            PublicKey = publicKey is null ? null : Base64("public_key", publicKey),
            Certificate = certificate is null ? null : Base64("certificate", certificate),
            Value = value,
        };
    }

    private static string RequiredString(JsonElement root, string name) =>
        OptionalString(root, name) ?? throw new FormatException($"member '{name}' is missing");

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return member.ValueKind == JsonValueKind.String
            ? member.GetString()
            : throw new FormatException($"member '{name}' is not a string");
    }

    private static string Base64(string name, string text)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new FormatException($"member '{name}' is not base64");
        }

        return bytes.Length > 0 ? Convert.ToBase64String(bytes) : throw new FormatException($"member '{name}' is empty");
    }
}
