using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Produces a sheet's CSV records one at a time. A record ends at the row's last non-blank cell, and every
/// blank row between two rows holding values becomes an empty record, so each value keeps its row number.
/// Each cell is hashed and counted for progress as its record is made.
/// </summary>
internal sealed class CsvRecordSource(
    SheetRowReader rows,
    string sheetName,
    CsvFieldFormatter formatter,
    CbHashV1Builder hash,
    IRenderProgress progress,
    CancellationToken cancellationToken)
{
    private int nextRow = 1;
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
        var gap = rows.RowNumber - nextRow;
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
        var fields = new string?[cells[^1].Column];
        foreach (var cell in cells)
        {
            var (written, field) = formatter.Format(cell, sheetName);
            fields[cell.Column - 1] = field;
            hash.Add(written);
        }

        progress.Advance(cells.Length);

        return fields;
    }
}
