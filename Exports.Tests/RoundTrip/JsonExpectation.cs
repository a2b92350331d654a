using System.Globalization;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// The JSON export a source should give, from the independent reading of the source and the documented rules
/// only: sheet names and hidden flags as the source has them, typed values, and formulas beside them. A date
/// is compared as its ISO text and exact serial together, written <c>2021-01-01; serial 44197</c>.
/// </summary>
public static class JsonExpectation
{
    /// <summary>Returns the expected export of the source's sheets, all exported in workbook order.</summary>
    public static ExpectedExport For(IReadOnlyList<ReferenceSheet> source)
    {
        var sheets = source.Select(sheet => new RoundTripSheet(
            sheet.Name,
            sheet.Hidden,
            [.. sheet.Cells.Select(cell => Expected(cell) with { Formula = cell.Formula })]));

        return new ExpectedExport([.. sheets], new HashSet<string>());
    }

    /// <summary>Returns how a read-back date cell is compared: its ISO text and its exact serial.</summary>
    public static string DateValue(string isoText, double serial) =>
        $"{isoText}; serial {serial.ToString("R", CultureInfo.InvariantCulture)}";

    private static RoundTripCell Expected(ReferenceCell cell)
    {
        var (row, column) = (cell.Row, cell.Column);

        return cell.Kind switch
        {
            "Number" => new RoundTripCell(row, column, "number", ExportValueRules.NumberText(cell.Value)),
            "DateTime" => Date(row, column, double.Parse(cell.Value, CultureInfo.InvariantCulture)),
            "Boolean" => new RoundTripCell(row, column, "boolean", cell.Value == "TRUE" ? "true" : "false"),
            "Error" => new RoundTripCell(row, column, "error", ExportValueRules.WithoutLoneSurrogates(cell.Value)),
            _ => new RoundTripCell(row, column, "text", ExportValueRules.WithoutLoneSurrogates(cell.Value)),
        };
    }

    // A serial with no date (below 0 or after 9999-12-31) is written as a number.
    private static RoundTripCell Date(int row, int column, double serial) =>
        ExpectedIsoDates.Format(serial) is { } text
            ? new RoundTripCell(row, column, "date", DateValue(text, serial))
            : new RoundTripCell(row, column, "number", ExportValueRules.NumberText(serial));
}
