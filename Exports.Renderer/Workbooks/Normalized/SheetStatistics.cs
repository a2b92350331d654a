namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Counts of one normalised sheet, gathered while its cells were written.</summary>
public sealed record SheetStatistics
{
    /// <summary>Highest row number that holds a value; 0 for an empty sheet.</summary>
    public required int MaxRow { get; init; }

    /// <summary>Highest column number that holds a value; 0 for an empty sheet.</summary>
    public required int MaxColumn { get; init; }

    /// <summary>Number of rows that hold at least one value.</summary>
    public required int RowsWithValues { get; init; }

    /// <summary>Number of cells that hold a value.</summary>
    public required long CellCount { get; init; }

    /// <summary>Widest displayed value per column, in characters, for columns that hold values.</summary>
    public required IReadOnlyList<ColumnWidth> ColumnWidths { get; init; }
}
