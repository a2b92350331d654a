namespace Exports.Contracts.Validation;

/// <summary>
/// Which CSV delimiters an export accepts: any one character except the quote, CR, LF and a lone surrogate.
/// The two-character text <c>\t</c> is read as a tab, for clients that cannot send a control character.
/// </summary>
public static class CsvDelimiterRules
{
    /// <summary>The rule in words, for error messages.</summary>
    public const string Description =
        "use one character other than '\"', CR or LF, such as ',', ';', '|' or a tab (\"\\t\")";

    /// <summary>Resolves a delimiter option to its character; returns false when the option is invalid.</summary>
    public static bool TryResolve(string? value, out char delimiter)
    {
        delimiter = ',';
        if (value is null)
        {
            return true;
        }

        if (value == "\\t")
        {
            delimiter = '\t';
            return true;
        }

        if (value.Length != 1 || value[0] is '"' or '\r' or '\n' || char.IsSurrogate(value[0]))
        {
            return false;
        }

        delimiter = value[0];

        return true;
    }
}
