using System.Text.Json;
using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Json;

/// <summary>Streams one sheet object: its counts, its columns and its rows of non-blank cells.</summary>
internal sealed class JsonSheetWriter(RenderContext context, Utf8JsonWriter json, CbHashV1Builder hash)
{
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes the sheet at 0-based <paramref name="index"/> of the output.</summary>
    public async Task WriteAsync(SheetDescriptor sheet, int index, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cells = await context.Cells.OpenAsync(sheet, cancellationToken);
        var rows = new SheetRowReader(cells);

        hash.BeginSheet(sheet.Name);
        json.WriteStartObject();
        WriteSummary(sheet, index);
        json.WriteStartArray("rows");
        while (rows.TryReadRow())
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(rows);
            context.Progress.Advance(rows.Cells.Length);
            if (json.BytesPending >= FlushThreshold)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteSummary(SheetDescriptor sheet, int index)
    {
        var statistics = sheet.Statistics;
        json.WriteString("name", sheet.Name);
        json.WriteNumber("index", index);
        json.WriteBoolean("hidden", sheet.Hidden);
        json.WriteNumber("max_row", statistics.MaxRow);
        json.WriteNumber("max_column", statistics.MaxColumn);
        json.WriteNumber("row_count", statistics.RowsWithValues);
        json.WriteNumber("column_count", statistics.ColumnWidths.Count);
        json.WriteNumber("cell_count", statistics.CellCount);
        json.WriteStartArray("columns");
        foreach (var column in statistics.ColumnWidths)
        {
            json.WriteStartObject();
            json.WriteString("column", A1Reference.ColumnLetters(column.Column));
            json.WriteNumber("index", column.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteRow(SheetRowReader rows)
    {
        json.WriteStartObject();
        json.WriteNumber("row", rows.RowNumber);
        json.WriteStartArray("cells");
        foreach (var cell in rows.Cells)
        {
            JsonCellWriter.Write(json, cell);
            hash.Add(cell);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
