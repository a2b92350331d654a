namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Parses A1 cell references such as <c>C12</c> or <c>XFD1048576</c>.</summary>
internal static class CellReference
{
    /// <summary>Largest row of a worksheet.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Largest column of a worksheet, <c>XFD</c>.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Parses a reference; false when it is not letters then digits within the sheet's bounds.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var index = 0;
        while (index < reference.Length && char.IsAsciiLetter(reference[index]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[index]) - 'A' + 1);
            index++;
            if (column > MaxColumn)
            {
                return false;
            }
        }

        if (index == 0 || index == reference.Length)
        {
            return false;
        }

        for (; index < reference.Length; index++)
        {
            if (!char.IsAsciiDigit(reference[index]))
            {
                return false;
            }

            row = (row * 10) + (reference[index] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        return row >= 1;
    }
}
