namespace Exports.Renderer.Rendering.Pdf;

/// <summary>The rows of one sheet waiting for their page: the header row, kept for every page, and one block.</summary>
internal sealed class PdfBlock(PdfSheetPlan sheet)
{
    private readonly List<PdfRow> rows = new(sheet.DataRowsPerPage);

    /// <summary>Row 1 when the sheet has values in it, which is drawn at the top of every page.</summary>
    public PdfRow? Header { get; private set; }

    /// <summary>Rows of the block below the header row.</summary>
    public IReadOnlyList<PdfRow> Rows => rows;

    /// <summary>Rows taken so far, the header row included.</summary>
    public int RowsTaken { get; private set; }

    /// <summary>Blocks drawn so far.</summary>
    public int BlocksDrawn { get; private set; }

    /// <summary>Copies the row <paramref name="reader"/> read last, which the reader reuses for the next row.</summary>
    public void Take(SheetRowReader reader)
    {
        var cells = new PdfCellText[reader.Cells.Length];
        for (var index = 0; index < cells.Length; index++)
        {
            cells[index] = PdfCellText.From(reader.Cells[index]);
        }

        var row = new PdfRow(reader.RowNumber, cells);
        if (sheet.Input.HasHeader && row.Number == 1)
        {
            Header = row;
        }
        else
        {
            rows.Add(row);
        }

        RowsTaken++;
    }

    /// <summary>Starts the next block.</summary>
    public void Drawn()
    {
        rows.Clear();
        BlocksDrawn++;
    }
}
