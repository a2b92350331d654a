using System.Globalization;
using Exports.Contracts.Validation;

namespace Exports.Api.Auth;

/// <summary>
/// Parses the arguments of the <c>token</c> command. Options it does not know, such as
/// <c>--Storage:DataDirectory=/data</c>, are passed on to configuration.
/// </summary>
public static class TokenCommandArguments
{
    /// <summary>Subject used when <c>--subject</c> is not given.</summary>
    public const string DefaultSubject = "exports-cli";

    /// <summary>Lifetime used when <c>--lifetime</c> is not given.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    /// <summary>Help text of the command.</summary>
    public static string Usage { get; } = string.Join(Environment.NewLine,
        "Usage: Exports.Api token --tenant TENANT_ID [--scope \"SCOPE ...\"] [--subject SUBJECT] [--lifetime 8h]",
        "Prints a bearer token signed with Auth__SigningKey, or with the development key under",
        "Storage__DataDirectory when no key is configured.",
        $"  --tenant    tenant_id claim (required): {TenantIdRules.Description}",
        $"  --scope     space-separated scopes; default every scope: {string.Join(' ', ApiScopes.All)}",
        $"  --subject   sub claim; default {DefaultSubject}",
        "  --lifetime  time until expiry: a whole number followed by s, m, h or d, such as 8h; default 8h");

    /// <summary>Parses the arguments that follow <c>token</c>.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="request">The token to mint, when parsing succeeds.</param>
    /// <param name="configurationArgs">Arguments left for configuration.</param>
    /// <param name="error">What is wrong and how to fix it, when parsing fails.</param>
    public static bool TryParse(
        IReadOnlyList<string> args, out TokenRequest request, out string[] configurationArgs, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        request = new TokenRequest(string.Empty, [], DefaultSubject, DefaultLifetime);
        configurationArgs = [];
        error = string.Empty;

        for (var index = 0; index < args.Count; index++)
        {
            var (name, inlineValue) = Split(args[index]);
            if (name is not ("--tenant" or "--scope" or "--subject" or "--lifetime"))
            {
                rest.Add(args[index]);
                continue;
            }

            var value = inlineValue
                ?? (index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal)
                    ? args[++index]
                    : null);
            if (value is null)
            {
                error = $"Option {name} has no value: write it as {name} VALUE.";
                return false;
            }

            values[name] = value;
        }

        configurationArgs = [.. rest];

        return TryBuild(values, out request, out error);
    }

    private static bool TryBuild(Dictionary<string, string> values, out TokenRequest request, out string error)
    {
        request = new TokenRequest(string.Empty, [], DefaultSubject, DefaultLifetime);
        var tenantId = values.GetValueOrDefault("--tenant");
        if (!TenantIdRules.IsValid(tenantId))
        {
            error = tenantId is null
                ? "Option --tenant is missing: name the tenant the token is for, such as --tenant t_demo."
                : $"Tenant '{tenantId}' is invalid: {TenantIdRules.Description}.";
            return false;
        }

        var scopes = values.TryGetValue("--scope", out var scopeText)
            ? scopeText.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [.. ApiScopes.All];
        var unknown = scopes.FirstOrDefault(scope => !ApiScopes.All.Contains(scope, StringComparer.Ordinal));
        if (unknown is not null)
        {
            error = $"Scope '{unknown}' is unknown: use any of {string.Join(' ', ApiScopes.All)}.";
            return false;
        }

        var lifetime = DefaultLifetime;
        if (values.TryGetValue("--lifetime", out var lifetimeText) && !TryParseLifetime(lifetimeText, out lifetime))
        {
            error = $"Lifetime '{lifetimeText}' is invalid: write a whole number followed by s, m, h or d, such as 8h.";
            return false;
        }

        var subject = values.GetValueOrDefault("--subject", DefaultSubject);
        request = new TokenRequest(tenantId!, scopes, subject, lifetime);
        error = string.Empty;

        return true;
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var separator = argument.IndexOf('=', StringComparison.Ordinal);

        return separator < 0 ? (argument, null) : (argument[..separator], argument[(separator + 1)..]);
    }

    private static bool TryParseLifetime(string text, out TimeSpan lifetime)
    {
        lifetime = TimeSpan.Zero;
        if (text.Length < 2
            || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount == 0)
        {
            return false;
        }

        TimeSpan? parsed = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
        lifetime = parsed ?? TimeSpan.Zero;

        return parsed is not null;
    }
}
