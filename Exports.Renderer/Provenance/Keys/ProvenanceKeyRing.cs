using System.Security.Cryptography;

namespace Exports.Renderer.Provenance.Keys;

/// <summary>
/// The HMAC keys by id, one of them current. Key bytes never leave this type except to compute a MAC.
/// </summary>
public sealed class ProvenanceKeyRing
{
    private readonly IReadOnlyDictionary<string, byte[]> keys;

    /// <summary>Creates a ring; <paramref name="currentKeyId"/> must be one of the keys.</summary>
    public ProvenanceKeyRing(IReadOnlyDictionary<string, byte[]> keys, string currentKeyId)
    {
        if (!keys.ContainsKey(currentKeyId))
        {
            throw new ArgumentException($"The current key id '{currentKeyId}' names no key.", nameof(currentKeyId));
        }

        this.keys = keys;
        CurrentKeyId = currentKeyId;
    }

    /// <summary>Id of the key that signs new manifests.</summary>
    public string CurrentKeyId { get; }

    /// <summary>Computes HMAC-SHA256 of <paramref name="message"/> with the current key.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => HMACSHA256.HashData(keys[CurrentKeyId], message);

    /// <summary>
    /// Checks a MAC in constant time with the key of <paramref name="keyId"/>; false when the id names no key.
    /// </summary>
    public bool Verify(string keyId, ReadOnlySpan<byte> message, ReadOnlySpan<byte> mac)
    {
        if (!keys.TryGetValue(keyId, out var key))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, message, expected);

        return CryptographicOperations.FixedTimeEquals(expected, mac);
    }

    /// <summary>Whether a key with this id is configured.</summary>
    public bool Contains(string keyId) => keys.ContainsKey(keyId);
}
