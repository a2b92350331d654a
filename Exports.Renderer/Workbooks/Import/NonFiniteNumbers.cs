namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// The product's one policy for numbers that are not finite: NaN and the infinities are stored as the error
/// <c>#NUM!</c>, which is what Excel shows for a calculation whose result is not a finite number.
/// </summary>
internal static class NonFiniteNumbers
{
    /// <summary>The error literal that stands for a value that is not a finite number.</summary>
    public const string ErrorLiteral = "#NUM!";

    private static readonly string[] Spellings = ["nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"];

    /// <summary>
    /// Returns whether a text spells NaN or an infinity that .NET does not parse, such as <c>inf</c>.
    /// </summary>
    public static bool IsSpelledNonFinite(string text)
    {
        var trimmed = text.Trim();

        return Spellings.Any(spelling => trimmed.Equals(spelling, StringComparison.OrdinalIgnoreCase));
    }
}
