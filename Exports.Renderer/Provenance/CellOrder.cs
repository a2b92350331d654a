using System.Globalization;

namespace Exports.Renderer.Provenance;

/// <summary>Checks that cells arrive in row-major order, as cb_hash_v1 hashes them.</summary>
internal static class CellOrder
{
    /// <summary>
    /// Throws unless the cell at (<paramref name="row"/>, <paramref name="column"/>) is on the sheet and comes
    /// after the previous one; pass 0, 0 as the previous cell for the first cell of a sheet.
    /// </summary>
    public static void EnsureFollows(int previousRow, int previousColumn, int row, int column)
    {
        if (row < 1 || column < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(row),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cell R{row}C{column} is outside the sheet: rows and columns start at 1."));
        }

        if (row < previousRow || (row == previousRow && column <= previousColumn))
        {
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"Cell R{row}C{column} comes after R{previousRow}C{previousColumn}: pass cells in row-major order.");

            throw new InvalidOperationException(message);
        }
    }
}
