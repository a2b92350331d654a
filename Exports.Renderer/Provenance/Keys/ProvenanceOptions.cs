namespace Exports.Renderer.Provenance.Keys;

/// <summary>
/// HMAC keys of the provenance manifests, section <c>Provenance</c>. Each key has an id; the current key signs new
/// manifests and every configured key still verifies the manifests it signed, so keys rotate without breaking
/// older exports. Environment form: <c>Provenance__Keys__&lt;id&gt;</c> holding the base64 key bytes and
/// <c>Provenance__CurrentKeyId</c>.
/// </summary>
public sealed class ProvenanceOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Provenance";

    /// <summary>Smallest accepted key, in bytes: the HMAC-SHA256 block strength.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>Keys by id, each base64 of at least 32 bytes. Default none: a development key is generated.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Id of the key that signs new manifests; required when <see cref="Keys"/> is not empty.</summary>
    public string? CurrentKeyId { get; set; }
}
