using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// Copies a sheet's cells into a <see cref="CellStreamWriter"/>, enforcing the cells-per-sheet limit and
/// honouring cancellation. Sources that are usually in order are written straight through and sorted only
/// when they turn out not to be.
/// </summary>
internal sealed class SheetCellWriter(ImportOptions options, string sheetName, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 4096;

    /// <summary>Writes cells that must already be in row-major order.</summary>
    /// <exception cref="CellsOutOfOrderException">A cell comes at or before the previous one.</exception>
    public void WriteInOrder(CellStreamWriter writer, IEnumerable<NormalizedCell> cells)
    {
        long count = 0;
        var (lastRow, lastColumn) = (0, 0);
        foreach (var cell in cells)
        {
            if (cell.Row < lastRow || (cell.Row == lastRow && cell.Column <= lastColumn))
            {
                throw new CellsOutOfOrderException();
            }

            Count(ref count);
            writer.Write(cell);
            (lastRow, lastColumn) = (cell.Row, cell.Column);
        }
    }

    /// <summary>
    /// Writes cells in any order: they are spooled to a temporary file and sorted. When a position occurs more
    /// than once, the last cell written there wins.
    /// </summary>
    public void WriteSorted(CellStreamWriter writer, IEnumerable<NormalizedCell> cells)
    {
        using var spool = new CellSpool();
        long count = 0;
        foreach (var cell in cells)
        {
            Count(ref count);
            spool.Add(cell);
        }

        foreach (var cell in spool.ReadSorted())
        {
            writer.Write(cell);
        }
    }

    private void Count(ref long count)
    {
        count++;
        if (count > options.MaxCellsPerSheet)
        {
            throw ImportRejections.LimitExceeded(
                nameof(ImportOptions.MaxCellsPerSheet),
                options.MaxCellsPerSheet,
                $"sheet '{sheetName}' has more cells with values than that");
        }

        if (count % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
