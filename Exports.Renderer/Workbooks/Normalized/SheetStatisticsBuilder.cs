using System.Globalization;

namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Accumulates <see cref="SheetStatistics"/> over cells that arrive in row-major order.</summary>
internal sealed class SheetStatisticsBuilder
{
    private const int WidthCap = 255;

    private readonly Dictionary<int, int> widths = [];
    private int maxRow;
    private int maxColumn;
    private int rowsWithValues;
    private long cellCount;

    public void Add(in NormalizedCell cell)
    {
        if (cell.Row != maxRow)
        {
            rowsWithValues++;
            maxRow = cell.Row;
        }

        maxColumn = Math.Max(maxColumn, cell.Column);
        cellCount++;

        var width = Math.Min(DisplayWidth(cell), WidthCap);
        if (!widths.TryGetValue(cell.Column, out var current) || width > current)
        {
            widths[cell.Column] = width;
        }
    }

    public SheetStatistics Build() => new()
    {
        MaxRow = maxRow,
        MaxColumn = maxColumn,
        RowsWithValues = rowsWithValues,
        CellCount = cellCount,
        ColumnWidths = [.. widths.OrderBy(pair => pair.Key).Select(pair => new ColumnWidth(pair.Key, pair.Value))],
    };

    private static int DisplayWidth(in NormalizedCell cell) => cell.Kind switch
    {
        CellKind.Number => cell.Number.ToString("R", CultureInfo.InvariantCulture).Length,
        CellKind.DateTime => cell.Number % 1 == 0 ? 10 : 19,
        CellKind.Boolean => cell.BooleanValue ? 4 : 5,
        _ => LongestLine(cell.Text ?? string.Empty),
    };

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }
}
