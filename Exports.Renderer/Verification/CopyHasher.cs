using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Import;
using Exports.Renderer.Workbooks.Import.Xlsx;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Verification;

/// <summary>
/// Recomputes cb_hash_v1 with per-cell digests over the scope sheets of an uploaded copy. Cells are read as
/// import reads them, so a formula cell counts with its cached value and a date with its serial. Each sheet's XML
/// is read once to check that its cells are in row-major order and once to hash them, because the hash cannot
/// restart a sheet. A sheet out of order is sorted through a temporary file instead.
/// </summary>
internal static class CopyHasher
{
    /// <summary>Hashes <paramref name="sheets"/> in the order given.</summary>
    public static CbHashV1Result Compute(
        XlsxWorkbookDocument document, IReadOnlyList<XlsxWorksheet> sheets, CancellationToken cancellationToken)
    {
        using var builder = new CbHashV1Builder(recordCellDigests: true);
        foreach (var sheet in sheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.BeginSheet(sheet.Name);
            foreach (var cell in InRowMajorOrder(document, sheet))
            {
                builder.Add(cell);
            }
        }

        return builder.Complete();
    }

    private static IEnumerable<NormalizedCell> InRowMajorOrder(XlsxWorkbookDocument document, XlsxWorksheet sheet)
    {
        if (IsInOrder(document.ReadCells(sheet)))
        {
            return document.ReadCells(sheet);
        }

        return Sorted(document, sheet);
    }

    private static IEnumerable<NormalizedCell> Sorted(XlsxWorkbookDocument document, XlsxWorksheet sheet)
    {
        using var spool = new CellSpool();
        foreach (var cell in document.ReadCells(sheet))
        {
            spool.Add(cell);
        }

        foreach (var cell in spool.ReadSorted())
        {
            yield return cell;
        }
    }

    private static bool IsInOrder(IEnumerable<NormalizedCell> cells)
    {
        var (row, column) = (0, 0);
        foreach (var cell in cells)
        {
            if (cell.Row < row || (cell.Row == row && cell.Column <= column))
            {
                return false;
            }

            (row, column) = (cell.Row, cell.Column);
        }

        return true;
    }
}
