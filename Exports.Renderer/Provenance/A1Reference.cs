using System.Globalization;

namespace Exports.Renderer.Provenance;

/// <summary>Formats cell positions as A1 references, such as <c>C12</c> for row 12, column 3.</summary>
public static class A1Reference
{
    /// <summary>Largest column Excel allows, <c>XFD</c>.</summary>
    public const int MaxColumn = 16384;

    /// <summary>Returns the column letters of a 1-based column number: 1 is <c>A</c>, 27 is <c>AA</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is outside 1 to <see cref="MaxColumn"/>.</exception>
    public static string ColumnName(int column)
    {
        if (column is < 1 or > MaxColumn)
        {
            throw new ArgumentOutOfRangeException(
                nameof(column), column, $"Column numbers run from 1 (A) to {MaxColumn} (XFD).");
        }

        return ColumnLetters(column);
    }

    /// <summary>
    /// Returns the column letters of any positive column, past <c>XFD</c> too (16385 is <c>XFE</c>), for CSV and
    /// JSON sheets, which are wider than Excel allows.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is below 1.</exception>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);

        Span<char> letters = stackalloc char[7];
        var start = letters.Length;
        for (var remaining = column; remaining > 0; remaining = (remaining - 1) / 26)
        {
            letters[--start] = (char)('A' + ((remaining - 1) % 26));
        }

        return new string(letters[start..]);
    }

    /// <summary>Returns the A1 reference of any positive row and column, past Excel's limits too.</summary>
    public static string FormatUnbounded(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);

        return ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the A1 reference of a 1-based row and column.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is below 1 or the column is out of range.</exception>
    public static string Format(int row, int column)
    {
        if (row < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "Row numbers start at 1.");
        }

        return ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
    }
}
