using System.Globalization;
using Exports.Renderer.Rendering;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// The CSV fields a source should give, from the independent reading of the source and the documented rules
/// only, each at its source position; <see cref="CsvRecordCells"/> places the records read back on the same grid.
/// </summary>
public static class CsvExpectation
{
    /// <summary>Type of every expected and read-back cell, since CSV has no types.</summary>
    public const string FieldType = "field";

    /// <summary>Returns the expected fields of each sheet, named by source sheet name.</summary>
    public static ExpectedExport For(IReadOnlyList<ReferenceSheet> source)
    {
        var changes = new HashSet<string>(StringComparer.Ordinal);
        var sheets = source.Select(sheet => new RoundTripSheet(
            sheet.Name,
            Hidden: false,
            [.. sheet.Cells.Select(cell => new RoundTripCell(
                cell.Row, cell.Column, FieldType, Field(cell, changes)))]));

        return new ExpectedExport([.. sheets], changes);
    }

    private static string Field(ReferenceCell cell, HashSet<string> changes)
    {
        switch (cell.Kind)
        {
            case "Number":
                return ExportValueRules.NumberText(cell.Value);
            case "DateTime":
                var serial = double.Parse(cell.Value, CultureInfo.InvariantCulture);
                return ExpectedIsoDates.Format(serial) ?? ExportValueRules.NumberText(serial);
            case "Boolean":
                return cell.Value;
            case "Error":
                return ExportValueRules.WithoutLoneSurrogates(cell.Value);
            default:
                return Neutralized(ExportValueRules.WithoutLoneSurrogates(cell.Value), changes);
        }
    }

    // Deliberate change: text a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises.
    private static string Neutralized(string text, HashSet<string> changes)
    {
        if (text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text;
        }

        changes.Add(RenderWarningKinds.CsvFormulaNeutralized);

        return "'" + text;
    }
}
