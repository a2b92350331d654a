using System.Globalization;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// A1 notation, written apart from the product's code so the JSON reader can check the column letters it reads.
/// </summary>
public static class ColumnLetters
{
    /// <summary>Returns the letters of a 1-based column, such as <c>AB</c> for 28.</summary>
    public static string Of(int column)
    {
        var letters = string.Empty;
        for (var remaining = column; remaining > 0; remaining = (remaining - 1) / 26)
        {
            letters = (char)('A' + ((remaining - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Returns the A1 reference of a cell, such as <c>B2</c>.</summary>
    public static string Reference(int row, int column) =>
        Of(column) + row.ToString(CultureInfo.InvariantCulture);
}
