using System.Globalization;
using Exports.Tests.Support.Readers;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Reads a CSV or TSV source independently of the importer. The bytes are decoded by their byte order mark, else
/// as strict UTF-8, else as Windows-1252. Python's csv module splits the text and keeps blank records, so every
/// record keeps its row number. Fields are typed by the documented number rule, and everything else is text.
/// </summary>
public static class CsvSourceReading
{
    /// <summary>Returns the file's one sheet.</summary>
    public static ReferenceSheet Read(string path)
    {
        ExternalTool.Require("/usr/bin/python3", "install Debian's python3 (apt-get install -y python3)");
        var delimiter = TextFieldParserReference.GuessDelimiter(path);
        var records = PythonCsvReference.Read(TextFieldParserReference.Decode(path), delimiter);

        List<ReferenceCell> cells = [];
        for (var row = 1; row <= records.Count; row++)
        {
            var fields = records[row - 1];
            for (var column = 1; column <= fields.Length; column++)
            {
                if (fields[column - 1] is { Length: > 0 } field)
                {
                    cells.Add(Cell(row, column, field));
                }
            }
        }

        return new ReferenceSheet(ExpectedNames.CsvSheetName(path), Hidden: false, cells);
    }

    private static ReferenceCell Cell(int row, int column, string field) =>
        IsLosslessNumber(field)
            ? new ReferenceCell(row, column, "Number", field, null)
            : new ReferenceCell(row, column, "Text", field, null);

    // A field is a number only when nothing is lost: it parses as a finite double whose shortest round-trip text
    // is the field itself. "-0" stays text, since a spreadsheet would show it as 0.
    private static bool IsLosslessNumber(string field) =>
        field != "-0"
        && double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
        && number.ToString("R", CultureInfo.InvariantCulture) == field;
}
