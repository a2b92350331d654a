namespace Exports.Tests.RoundTrip;

/// <summary>
/// Places the records of a CSV file read back on the sheet's grid. A CSV export covers the used range: its first
/// record is the first row that contains a value, and its first field is the first column that contains one.
/// Both are taken from the expected cells.
/// </summary>
public static class CsvRecordCells
{
    /// <summary>Returns a cell for each non-empty field.</summary>
    public static IReadOnlyList<RoundTripCell> From(
        IReadOnlyList<string[]> records, IReadOnlyList<RoundTripCell> expected)
    {
        var (firstRow, firstColumn) = UsedRangeStart(expected);
        List<RoundTripCell> cells = [];
        for (var index = 0; index < records.Count; index++)
        {
            var (row, fields) = (firstRow + index, records[index]);
            for (var field = 0; field < fields.Length; field++)
            {
                if (fields[field].Length > 0)
                {
                    cells.Add(new RoundTripCell(row, firstColumn + field, CsvExpectation.FieldType, fields[field]));
                }
            }
        }

        return cells;
    }

    /// <summary>Returns the number of records the file should have: one per row of the used range.</summary>
    public static int ExpectedRecordCount(IReadOnlyList<RoundTripCell> expected) =>
        expected.Count == 0 ? 0 : expected.Max(cell => cell.Row) - UsedRangeStart(expected).Row + 1;

    private static (int Row, int Column) UsedRangeStart(IReadOnlyList<RoundTripCell> expected) =>
        expected.Count == 0 ? (1, 1) : (expected.Min(cell => cell.Row), expected.Min(cell => cell.Column));
}
