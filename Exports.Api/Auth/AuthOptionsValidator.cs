using Microsoft.Extensions.Options;

namespace Exports.Api.Auth;

/// <summary>
/// Checks section <c>Auth</c> at start-up; every failure names its configuration key and never the key's value.
/// </summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    private static readonly TimeSpan MaximumClockSkew = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.HasSigningKey && !SigningKeyText.TryDecode(options.SigningKey!, out _, out var error))
        {
            failures.Add(
                $"Configuration key 'Auth__SigningKey' is invalid: {error}. Set UTF-8 text of at least " +
                $"{SigningKeyText.MinimumBytes} bytes, or '{SigningKeyText.Base64Prefix}' followed by the base64 " +
                $"of at least {SigningKeyText.MinimumBytes} random bytes.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add(
                "Configuration key 'Auth__Issuer' is empty: set the issuer that tokens carry, such as 'exports'.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add(
                "Configuration key 'Auth__Audience' is empty: set the audience that tokens carry, such as 'exports'.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaximumClockSkew)
        {
            failures.Add(
                $"Configuration key 'Auth__ClockSkew' is {options.ClockSkew}: set a time from 00:00:00 to 00:05:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
