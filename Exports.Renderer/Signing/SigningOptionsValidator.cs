using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Signing;

/// <summary>
/// Checks section <c>Signing</c> at start. Each message names the configuration key in its environment form and
/// never repeats a key's or an endpoint's value, which may hold secrets.
/// </summary>
public sealed class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(100);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        ValidateProvider(options, failures);
        ValidateHttp(options.Http, options.Provider, failures);
        ValidateLocal(options.Local, failures);
        foreach (var (keyId, value) in options.TrustedKeys)
        {
            ValidateTrustedKey(keyId, value, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateProvider(SigningOptions options, List<string> failures)
    {
        if (options.Provider is not (SigningProviders.Local or SigningProviders.Http))
        {
            failures.Add($"Configuration key 'Signing__Provider' is '{options.Provider}', which is not a signing " +
                $"provider: use '{SigningProviders.Local}' or '{SigningProviders.Http}'.");
        }
    }

    private static void ValidateHttp(HttpSignerOptions http, string provider, List<string> failures)
    {
        if (provider == SigningProviders.Http)
        {
            ValidateEndpoint(http.Endpoint, failures);
        }

        if (http.Timeout < MinimumTimeout || http.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add("Configuration key 'Signing__Http__Timeout' must be from 00:00:00.1 to 00:10:00.");
        }

        if (http.TotalTimeout < http.Timeout || http.TotalTimeout > TimeSpan.FromHours(1))
        {
            failures.Add("Configuration key 'Signing__Http__TotalTimeout' must be at least Signing__Http__Timeout " +
                "and at most 01:00:00.");
        }

        if (http.RetryCount is < 0 or > 10)
        {
            failures.Add("Configuration key 'Signing__Http__RetryCount' must be from 0 to 10.");
        }

        if (http.RetryDelay < TimeSpan.Zero || http.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("Configuration key 'Signing__Http__RetryDelay' must be from 00:00:00 to 00:01:00.");
        }
    }

    private static void ValidateEndpoint(string? endpoint, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            failures.Add("Configuration key 'Signing__Http__Endpoint' is missing: set it to the signing service's " +
                "URL, such as https://signer.internal/sign, or set Signing__Provider to 'local'.");
            return;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Configuration key 'Signing__Http__Endpoint' is invalid: it must be an absolute http or " +
                "https URL, such as https://signer.internal/sign.");
        }
        else if (uri.UserInfo.Length > 0)
        {
            failures.Add("Configuration key 'Signing__Http__Endpoint' is invalid: it must not contain a user name " +
                "or password.");
        }
    }

    private static void ValidateLocal(LocalSignerOptions local, List<string> failures)
    {
        var hasKeyId = !string.IsNullOrEmpty(local.KeyId);
        var hasKey = !string.IsNullOrEmpty(local.PrivateKey);
        if (hasKey && !hasKeyId)
        {
            failures.Add("Configuration key 'Signing__Local__KeyId' is missing: a configured " +
                "Signing__Local__PrivateKey needs the id its signatures name.");
        }

        if (hasKeyId && !hasKey)
        {
            failures.Add("Configuration key 'Signing__Local__PrivateKey' is missing: set it with " +
                "Signing__Local__KeyId, or remove both to use a generated development key.");
        }

        if (hasKeyId && !SignerKeyIds.IsValid(local.KeyId))
        {
            failures.Add($"Configuration key 'Signing__Local__KeyId' is invalid: use {SignerKeyIds.Description}.");
        }

        if (hasKey && !CanImport(() => EcKeyText.ImportPrivateKey(local.PrivateKey!)))
        {
            failures.Add("Configuration key 'Signing__Local__PrivateKey' is invalid: it must be an ECDSA P-256 " +
                "private key as base64 of DER (PKCS#8 or SEC1) or as PEM; generate one with: openssl genpkey " +
                "-algorithm EC -pkeyopt ec_paramgen_curve:P-256.");
        }
    }

    private static void ValidateTrustedKey(string keyId, string value, List<string> failures)
    {
        var configurationKey = $"Signing__TrustedKeys__{keyId}";
        if (!SignerKeyIds.IsValid(keyId))
        {
            failures.Add($"Configuration key '{configurationKey}' is invalid: the key id must be " +
                $"{SignerKeyIds.Description}.");
        }
        else if (string.IsNullOrWhiteSpace(value) || !CanImport(() => EcKeyText.ImportPublicKey(value)))
        {
            failures.Add($"Configuration key '{configurationKey}' is invalid: it must be an ECDSA P-256 public key " +
                "as base64 of DER SubjectPublicKeyInfo or as PEM.");
        }
    }

    private static bool CanImport(Func<ECDsa> import)
    {
        try
        {
            import().Dispose();

            return true;
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException or ArgumentException)
        {
            return false;
        }
    }
}
