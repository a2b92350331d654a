using System.Globalization;
using System.Text;

namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>
/// Writes a sheet's normalised cells to a stream and gathers the sheet's statistics as it goes.
/// Cells must come in row-major order, each after the one before it.
/// </summary>
public sealed class CellStreamWriter : IDisposable
{
    private readonly BinaryWriter writer;
    private readonly SheetStatisticsBuilder statistics = new();
    private int lastRow;
    private int lastColumn;
    private bool completed;

    /// <summary>Starts a stream; the caller keeps ownership of <paramref name="output"/>.</summary>
    public CellStreamWriter(Stream output)
    {
        writer = new BinaryWriter(new BufferedStream(output, 64 * 1024), new UTF8Encoding(false), leaveOpen: true);
        writer.Write(CellStreamFormat.Magic);
    }

    /// <summary>Statistics of the cells written so far.</summary>
    public SheetStatistics Statistics => statistics.Build();

    /// <summary>Appends a cell; blank text cells are skipped, since a blank cell is never stored.</summary>
    public void Write(in NormalizedCell cell)
    {
        if (cell.Kind is CellKind.Text && string.IsNullOrEmpty(cell.Text))
        {
            return;
        }

        EnsureOrder(cell);
        WriteRecord(cell);
        statistics.Add(cell);
        (lastRow, lastColumn) = (cell.Row, cell.Column);
    }

    /// <summary>Writes the end marker and flushes; call once after the last cell.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        writer.Write(CellStreamFormat.EndOfStream);
        writer.Flush();
        completed = true;
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    private void EnsureOrder(in NormalizedCell cell)
    {
        if (cell.Row < 1 || cell.Column < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(cell), $"Cell R{cell.Row}C{cell.Column} is outside the sheet: rows and columns start at 1.");
        }

        if (cell.Row < lastRow || (cell.Row == lastRow && cell.Column <= lastColumn))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Cell R{cell.Row}C{cell.Column} comes after R{lastRow}C{lastColumn}: cells must be in row-major order."));
        }
    }

    private void WriteRecord(in NormalizedCell cell)
    {
        var kind = (byte)cell.Kind;
        writer.Write(cell.Formula is null ? kind : (byte)(kind | CellStreamFormat.FormulaFlag));
        writer.Write7BitEncodedInt(cell.Row);
        writer.Write7BitEncodedInt(cell.Column);
        writer.Write7BitEncodedInt(cell.StyleId);

        switch (cell.Kind)
        {
            case CellKind.Number or CellKind.DateTime:
                writer.Write(cell.Number);
                break;
            case CellKind.Boolean:
                writer.Write(cell.BooleanValue);
                break;
            case CellKind.Text or CellKind.Error:
                writer.Write(cell.Text ?? string.Empty);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), $"Cell kind {cell.Kind} is not defined.");
        }

        if (cell.Formula is not null)
        {
            writer.Write(cell.Formula);
        }
    }
}
