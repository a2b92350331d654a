using Exports.Storage;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Signing;

/// <summary>The local signer, when there is one, and the trusted signer keys, loaded once at start.</summary>
/// <param name="Local">The local signer; null when the provider is <c>http</c> and no local key exists.</param>
/// <param name="Trust">The trusted keys, the local signer's own included.</param>
public sealed record SignerKeys(LocalDigestSigner? Local, SignerTrust Trust)
{
    /// <summary>
    /// Loads the keys from validated options; throws <see cref="OptionsValidationException"/> naming the setting
    /// when a trusted key's id is the local signer's but its key differs.
    /// </summary>
    public static SignerKeys Load(SigningOptions options, StorageOptions storage, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        var local = LocalSignerLoader.Load(options, storage, logger);
        var trusted = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (keyId, value) in options.TrustedKeys)
        {
            using var key = EcKeyText.ImportPublicKey(value);
            trusted[keyId] = key.ExportSubjectPublicKeyInfo();
        }

        if (local is not null)
        {
            if (trusted.TryGetValue(local.KeyId, out var listed) && !listed.AsSpan().SequenceEqual(local.SubjectPublicKeyInfo))
            {
                throw new OptionsValidationException(SigningOptions.SectionName, typeof(SigningOptions),
                [
                    $"Configuration key 'Signing__TrustedKeys__{local.KeyId}' is invalid: it names the local " +
                    "signer's key id with another public key. Remove it or give the local key another id.",
                ]);
            }

            trusted[local.KeyId] = local.SubjectPublicKeyInfo;
        }

        return new SignerKeys(local, new SignerTrust(trusted));
    }
}
