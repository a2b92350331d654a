namespace Exports.Contracts.Validation;

/// <summary>The form of workbook and sheet ids: a UUID in its 36-character hyphenated form.</summary>
public static class WorkbookIdRules
{
    /// <summary>
    /// Returns whether <paramref name="value"/> is a UUID in the form <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>.
    /// </summary>
    public static bool IsValid(string? value) => value is { Length: 36 } && Guid.TryParseExact(value, "D", out _);
}
