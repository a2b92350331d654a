using System.Runtime.InteropServices;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering;

/// <summary>
/// Reads a sheet's cells one row at a time, so a writer keeps at most one row in memory. Blank cells are
/// skipped and every cell passes <see cref="ExportCellValues.Guard"/>.
/// </summary>
internal sealed class SheetRowReader(CellStreamReader reader)
{
    private readonly List<NormalizedCell> cells = [];
    private NormalizedCell pending;
    private bool hasPending;

    /// <summary>1-based number of the row read last.</summary>
    public int RowNumber { get; private set; }

    /// <summary>Non-blank cells of the row read last, by column ascending.</summary>
    public ReadOnlySpan<NormalizedCell> Cells => CollectionsMarshal.AsSpan(cells);

    /// <summary>Reads the next row that contains a value; returns false after the last one.</summary>
    public bool TryReadRow()
    {
        cells.Clear();
        if (!hasPending && !TryReadCell(out pending))
        {
            return false;
        }

        hasPending = false;
        RowNumber = pending.Row;
        cells.Add(pending);

        while (TryReadCell(out var cell))
        {
            if (cell.Row != RowNumber)
            {
                (pending, hasPending) = (cell, true);
                break;
            }

            cells.Add(cell);
        }

        return true;
    }

    private bool TryReadCell(out NormalizedCell cell)
    {
        while (reader.TryRead(out var stored))
        {
            if (!ExportCellValues.IsBlank(stored))
            {
                cell = ExportCellValues.Guard(stored);
                return true;
            }
        }

        cell = default;

        return false;
    }
}
