namespace Exports.Contracts;

/// <summary>One worksheet of an imported workbook.</summary>
public sealed record ImportedSheet
{
    /// <summary>Sheet id, a UUID minted at import.</summary>
    public required string SheetId { get; init; }

    /// <summary>Sheet name as the source gives it.</summary>
    public required string Name { get; init; }

    /// <summary>Zero-based position in workbook order.</summary>
    public required int Index { get; init; }

    /// <summary>Highest 1-based row number that holds a value; 0 for an empty sheet.</summary>
    public required int RowCount { get; init; }

    /// <summary>Highest 1-based column number that holds a value; 0 for an empty sheet.</summary>
    public required int ColumnCount { get; init; }

    /// <summary>Number of cells that hold a value.</summary>
    public required long CellCount { get; init; }
}
