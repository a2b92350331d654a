using System.Text.Json;
using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Json;

/// <summary>
/// Writes one cell object: <c>column</c> (letters), <c>index</c> (1-based), <c>type</c> and <c>value</c>,
/// plus <c>serial</c> for dates and <c>formula</c> when the source cell had one. Numbers are JSON numbers in
/// shortest round-trip form; dates are ISO 8601 strings (<see cref="IsoDateText"/>); a date serial outside
/// 0 to 9999-12-31 is written as a number.
/// </summary>
internal static class JsonCellWriter
{
    public static void Write(Utf8JsonWriter json, in NormalizedCell cell)
    {
        json.WriteStartObject();
        json.WriteString("column", A1Reference.ColumnLetters(cell.Column));
        json.WriteNumber("index", cell.Column);
        WriteValue(json, cell);
        if (cell.Formula is not null)
        {
            json.WriteString("formula", cell.Formula);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, in NormalizedCell cell)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                WriteNumber(json, cell.Number);
                break;
            case CellKind.DateTime:
                WriteDate(json, cell.Number);
                break;
            case CellKind.Boolean:
                json.WriteString("type", "boolean");
                json.WriteBoolean("value", cell.BooleanValue);
                break;
            case CellKind.Text:
                json.WriteString("type", "text");
                json.WriteString("value", cell.Text);
                break;
            case CellKind.Error:
                json.WriteString("type", "error");
                json.WriteString("value", cell.Text);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "The cell kind is not defined.");
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, double value)
    {
        json.WriteString("type", "number");
        json.WriteNumber("value", value == 0 ? 0d : value);
    }

    private static void WriteDate(Utf8JsonWriter json, double serial)
    {
        if (IsoDateText.Format(serial) is not { } text)
        {
            WriteNumber(json, serial);
            return;
        }

        json.WriteString("type", "date");
        json.WriteString("value", text);
        json.WriteNumber("serial", serial);
    }
}
