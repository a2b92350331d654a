using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Produces a sheet's CSV records one at a time over its used range: the first record is the first row that
/// contains a value and the first field is the first column that contains one. Inside that range every value
/// keeps its place: a record ends at the row's last non-blank cell, empty cells before it are empty fields and
/// each blank row becomes an empty record. Each cell is hashed and counted for progress as its record is made.
/// </summary>
internal sealed class CsvRecordSource(
    SheetRowReader rows,
    SheetDescriptor sheet,
    CsvFieldFormatter formatter,
    CbHashV1Builder hash,
    IRenderProgress progress,
    CancellationToken cancellationToken)
{
    private readonly int firstColumn =
        sheet.Statistics.ColumnWidths.Count == 0 ? 1 : sheet.Statistics.ColumnWidths.Min(width => width.Column);

    private int nextRow;
    private int blankRecords;
    private string?[]? pendingRow;

    /// <summary>Fields of the current record; a null field is an empty one.</summary>
    public string?[] Current { get; private set; } = [];

    /// <summary>Row number of the current record.</summary>
    public int CurrentRow { get; private set; }

    /// <summary>Moves to the next record; returns false after the last one.</summary>
    public bool MoveNext()
    {
        if (blankRecords > 0)
        {
            blankRecords--;
            CurrentRow++;
            Current = [];
            return true;
        }

        if (pendingRow is not null)
        {
            (Current, pendingRow) = (pendingRow, null);
            CurrentRow++;
            return true;
        }

        return ReadRow();
    }

    private bool ReadRow()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!rows.TryReadRow())
        {
            return false;
        }

        var fields = FormatRow();
        var gap = nextRow == 0 ? 0 : rows.RowNumber - nextRow;
        nextRow = rows.RowNumber + 1;
        if (gap == 0)
        {
            (Current, CurrentRow) = (fields, rows.RowNumber);
            return true;
        }

        (pendingRow, blankRecords) = (fields, gap - 1);
        (Current, CurrentRow) = ([], rows.RowNumber - gap);

        return true;
    }

    private string?[] FormatRow()
    {
        var cells = rows.Cells;
        EnsureInRange(cells[0]);

        var fields = new string?[cells[^1].Column - firstColumn + 1];
        foreach (var cell in cells)
        {
            var (written, field) = formatter.Format(cell, sheet.Name);
            fields[cell.Column - firstColumn] = field;
            hash.Add(written);
        }

        progress.Advance(cells.Length);

        return fields;
    }

    private void EnsureInRange(in NormalizedCell cell)
    {
        if (cell.Column < firstColumn)
        {
            throw new InvalidDataException(
                $"Sheet '{sheet.Name}' has a value in column {cell.Column}, left of the first column its "
                + $"statistics name ({firstColumn}): import the workbook again.");
        }
    }
}
