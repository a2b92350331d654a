namespace Exports.Contracts.Validation;

/// <summary>Shortens values quoted in error messages, so that a huge invalid value is not echoed back whole.</summary>
public static class ValueText
{
    /// <summary>Longest value quoted whole.</summary>
    public const int MaxLength = 80;

    /// <summary>Returns the value, or its first characters and its length when it is longer than the limit.</summary>
    public static string Shorten(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length <= MaxLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;

        return $"{value[..cut]}… ({value.Length} characters)";
    }
}
