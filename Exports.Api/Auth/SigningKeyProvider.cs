using Exports.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Exports.Api.Auth;

/// <summary>
/// Supplies the HS256 key that signs and validates tokens: <c>Auth__SigningKey</c> when set, else the development
/// key stored under the data directory, generated on first use. The key is never logged.
/// </summary>
public sealed class SigningKeyProvider
{
    private readonly Lazy<SymmetricSecurityKey> key;

    /// <summary>Creates a provider over the configured settings.</summary>
    public SigningKeyProvider(
        IOptions<AuthOptions> authOptions, IOptions<StorageOptions> storageOptions, ILogger<SigningKeyProvider> logger)
    {
        key = new Lazy<SymmetricSecurityKey>(() => Resolve(authOptions.Value, storageOptions.Value, logger));
    }

    /// <summary>The signing key.</summary>
    public SymmetricSecurityKey Key => key.Value;

    private static SymmetricSecurityKey Resolve(AuthOptions auth, StorageOptions storage, ILogger logger)
    {
        if (auth.HasSigningKey)
        {
            if (!SigningKeyText.TryDecode(auth.SigningKey!, out var configured, out var error))
            {
                throw new InvalidOperationException($"Configuration key 'Auth__SigningKey' is invalid: {error}.");
            }

            return new SymmetricSecurityKey(configured);
        }

        var path = DevelopmentSigningKeyFile.PathUnder(storage.DataDirectory);
        var generated = DevelopmentSigningKeyFile.LoadOrCreate(path, out var created);
        logger.LogWarning(
            "Auth__SigningKey is not set: tokens are signed with the development key in {KeyPath} ({Origin}). " +
            "This is for development only; set Auth__SigningKey for any shared or production deployment",
            path,
            created ? "generated now" : "generated earlier");

        return new SymmetricSecurityKey(generated);
    }
}
