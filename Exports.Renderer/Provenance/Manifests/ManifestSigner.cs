using Exports.Renderer.Provenance.Keys;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>Signs manifests with the current key and checks them with the key they name.</summary>
public sealed class ManifestSigner(ProvenanceKeyRing keys)
{
    /// <summary>Id of the HMAC key that signs new manifests.</summary>
    public string CurrentKeyId => keys.CurrentKeyId;

    /// <summary>Returns the manifest with the current key id and its HMAC.</summary>
    public ProvenanceManifest Sign(ProvenanceManifest manifest)
    {
        var keyed = manifest with { KeyId = keys.CurrentKeyId, Hmac = string.Empty };
        var mac = keys.Sign(ManifestCanonicalForm.GetBytes(keyed));

        return keyed with { Hmac = Convert.ToBase64String(mac) };
    }

    /// <summary>Whether the manifest's HMAC is valid under the key its key id names.</summary>
    public bool Verify(ProvenanceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        Span<byte> mac = stackalloc byte[32];
        if (!Convert.TryFromBase64String(manifest.Hmac, mac, out var written) || written != mac.Length)
        {
            return false;
        }

        return keys.Verify(manifest.KeyId, ManifestCanonicalForm.GetBytes(manifest), mac);
    }
}
