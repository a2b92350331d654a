using System.Globalization;
using System.Text.Json;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Reads a JSON export back with <see cref="JsonDocument"/>. Each cell keeps its <c>type</c> and its value as
/// invariant text; a value of the wrong JSON kind is kept as <c>&lt;Kind&gt; raw text</c> so it shows up as a
/// difference. The document's own counts, positions and column letters are checked as it is read.
/// </summary>
public static class JsonOutputReader
{
    /// <summary>Returns the sheets of an export in output order.</summary>
    public static IReadOnlyList<RoundTripSheet> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);

        return [.. document.RootElement.GetProperty("sheets").EnumerateArray().Select(ReadSheet)];
    }

    private static RoundTripSheet ReadSheet(JsonElement sheet, int position)
    {
        var name = sheet.GetProperty("name").GetString()!;
        var index = sheet.GetProperty("index").GetInt32();
        Require(index == position, $"sheet '{name}' at position {position} has index {index}");

        List<RoundTripCell> cells = [];
        foreach (var row in sheet.GetProperty("rows").EnumerateArray())
        {
            var rowNumber = row.GetProperty("row").GetInt32();
            cells.AddRange(row.GetProperty("cells").EnumerateArray().Select(cell => ReadCell(rowNumber, cell)));
        }

        var cellCount = sheet.GetProperty("cell_count").GetInt64();
        Require(cellCount == cells.Count, $"sheet '{name}' has cell_count {cellCount} but {cells.Count} cells");

        return new RoundTripSheet(name, sheet.GetProperty("hidden").GetBoolean(), cells);
    }

    private static RoundTripCell ReadCell(int row, JsonElement cell)
    {
        var column = cell.GetProperty("index").GetInt32();
        var letters = cell.GetProperty("column").GetString();
        Require(letters == ColumnLetters.Of(column), $"cell {letters}{row} has index {column}");

        var type = cell.GetProperty("type").GetString()!;
        var value = cell.GetProperty("value");
        var text = type switch
        {
            "number" => Scalar(value, JsonValueKind.Number, Number),
            "date" => Scalar(value, JsonValueKind.String, date =>
                JsonExpectation.DateValue(date.GetString()!, cell.GetProperty("serial").GetDouble())),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? (value.GetBoolean() ? "true" : "false")
                : Unexpected(value),
            _ => Scalar(value, JsonValueKind.String, element => element.GetString()!),
        };
        var formula = cell.TryGetProperty("formula", out var formulaText) ? formulaText.GetString() : null;

        return new RoundTripCell(row, column, type, text, formula);
    }

    private static string Scalar(JsonElement value, JsonValueKind kind, Func<JsonElement, string> read) =>
        value.ValueKind == kind ? read(value) : Unexpected(value);

    private static string Number(JsonElement value) => value.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    private static string Unexpected(JsonElement value) => $"<{value.ValueKind}> {value.GetRawText()}";

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"The JSON export is inconsistent: {problem}.");
        }
    }
}
