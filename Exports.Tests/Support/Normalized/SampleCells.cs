using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Support.Normalized;

/// <summary>Cell sets shared by the writer tests.</summary>
public static class SampleCells
{
    /// <summary>
    /// Doubles whose exact value a writer must keep: 0.1 + 0.2, 1e21, the smallest subnormal, a 16-digit id, -0.
    /// </summary>
    public static readonly double[] ExactDoubles =
        [0.1 + 0.2, 1e21, 5e-324, 3200010730102020, -0.0, -2.5, double.MaxValue, 1e-7, 123456789.123];

    /// <summary>
    /// One row of every value kind: text, number, date, time, date-time, boolean true and false, error.
    /// </summary>
    public static IEnumerable<NormalizedCell> EveryKind(int row = 1) =>
    [
        NormalizedCell.FromText(row, 1, "Text"),
        NormalizedCell.FromNumber(row, 2, 0.1 + 0.2),
        NormalizedCell.FromDateSerial(row, 3, 1),
        NormalizedCell.FromDateSerial(row, 4, 0.25),
        NormalizedCell.FromDateSerial(row, 5, 44197.423726851855),
        NormalizedCell.FromBoolean(row, 6, true),
        NormalizedCell.FromBoolean(row, 7, false),
        NormalizedCell.FromError(row, 8, "#DIV/0!"),
    ];

    /// <summary>
    /// A block of <paramref name="rows"/> rows of <paramref name="columns"/> numbers, row 1 a header of text.
    /// </summary>
    public static IEnumerable<NormalizedCell> Grid(int rows, int columns)
    {
        for (var column = 1; column <= columns; column++)
        {
            yield return NormalizedCell.FromText(1, column, $"Column {column}");
        }

        for (var row = 2; row <= rows; row++)
        {
            for (var column = 1; column <= columns; column++)
            {
                yield return NormalizedCell.FromNumber(row, column, (row * 1000) + column + 0.5);
            }
        }
    }
}
