using System.Text.RegularExpressions;

namespace Exports.Contracts.Validation;

/// <summary>The form of a tenant id, which also names the tenant's folder in the blob store.</summary>
public static partial class TenantIdRules
{
    /// <summary>The form in words, for error messages.</summary>
    public const string Description = "use 1 to 128 letters, digits, '.', '_' or '-', not only dots";

    /// <summary>Returns whether <paramref name="value"/> can be a tenant id.</summary>
    public static bool IsValid(string? value) =>
        value is not null && Pattern().IsMatch(value) && value.Trim('.').Length > 0;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
