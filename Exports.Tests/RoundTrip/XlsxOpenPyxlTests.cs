using System.Globalization;
using System.Text.Json;
using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Every corpus workbook exported with the default options opens in openpyxl, and the values openpyxl reads from
/// its Foundation sheets equal the independent reading of the source, cell by cell. Dates are compared as the
/// time they name, to the millisecond, since openpyxl turns date-formatted serials into date and time objects.
/// </summary>
[TestFixture]
public sealed class XlsxOpenPyxlTests
{
    [TestCaseSource(typeof(RoundTripSources), nameof(RoundTripSources.All))]
    public async Task OpenPyxlReadsDefaultExport(RoundTripSource? source)
    {
        var file = RoundTripSources.Require(source);
        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            && !file.FileName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Pass("CSV sources are covered by the CSV and JSON round trips.");
        }

        using var run = new RoundTripRun();
        var sourcePath = run.Prepare(file);
        var expected = XlsxExpectation.For(SourceReading.Read(sourcePath));

        var (output, _) = await run.ExportAsync(sourcePath, XlsxWriters.Create(), new RenderOptions());
        var workbook = (await OpenPyxlWorkbooks.ReadAsync([output]))[output];
        var sheets = workbook.EnumerateArray()
            .Where(sheet => sheet.GetProperty("name").GetString()!.StartsWith(XlsxDataSheets.FoundationPrefix, StringComparison.Ordinal))
            .ToList();

        Assert.That(sheets, Has.Count.EqualTo(expected.Sheets.Count), "Foundation sheets openpyxl read");
        using (Assert.EnterMultipleScope())
        {
            for (var index = 0; index < sheets.Count; index++)
            {
                var mismatches = Compare(expected.Sheets[index].Cells, sheets[index].GetProperty("cells"));
                Assert.That(mismatches, Is.Empty, $"{file.FileName}, sheet '{sheets[index].GetProperty("name").GetString()}'");
            }
        }
    }

    private static List<string> Compare(IReadOnlyList<RoundTripCell> expected, JsonElement actual)
    {
        var mismatches = new List<string>();
        var read = actual.EnumerateObject().ToDictionary(cell => cell.Name, cell => cell.Value);
        foreach (var cell in expected)
        {
            var reference = ColumnLetters.Of(cell.Column) + cell.Row.ToString(CultureInfo.InvariantCulture);
            if (!read.Remove(reference, out var value))
            {
                mismatches.Add($"{reference}: expected {cell.Type} '{cell.Value}', openpyxl read nothing");
            }
            else if (!Matches(cell, value))
            {
                mismatches.Add($"{reference}: expected {cell.Type} '{cell.Value}', openpyxl read {value}");
            }

            if (mismatches.Count == 10)
            {
                break;
            }
        }

        mismatches.AddRange(read.Keys.Take(10 - Math.Min(10, mismatches.Count)).Select(reference => $"{reference}: unexpected cell"));

        return mismatches;
    }

    private static bool Matches(RoundTripCell expected, JsonElement actual)
    {
        var type = actual.GetProperty("type").GetString();
        var value = actual.GetProperty("value");

        return (expected.Type, type) switch
        {
            ("Number", "number") or ("DateTime", "number") => SameNumber(expected.Value, value.GetString()!),
            ("Number", "date") or ("DateTime", "date") => SameTime(expected.Value, value.GetString()!),
            ("Number", "duration") or ("DateTime", "duration") => SameDuration(expected.Value, value.GetString()!),

            // openpyxl 3.0.9 turns a date-formatted serial outside 1900-01-01 to 9999-12-31 into an error cell,
            // with a warning, because it has no date for it; the file itself contains the number.
            ("Number", "error") or ("DateTime", "error") => !IsDateSerial(expected.Value),
            ("Text", "text") => expected.Value == value.GetString(),
            ("Boolean", "bool") => (expected.Value == "TRUE") == value.GetBoolean(),
            ("Error", "error") => expected.Value == value.GetString(),
            _ => false,
        };
    }

    private static bool SameNumber(string expected, string actual) =>
        double.Parse(expected, CultureInfo.InvariantCulture) == double.Parse(actual, CultureInfo.InvariantCulture);

    private static bool SameDuration(string expectedSerial, string seconds) =>
        Math.Abs(double.Parse(expectedSerial, CultureInfo.InvariantCulture) * 86_400
            - double.Parse(seconds, CultureInfo.InvariantCulture)) < 0.001;

    private static bool IsDateSerial(string serial) =>
        ExcelDateSerial.ToDateTime(double.Parse(serial, CultureInfo.InvariantCulture), out _) is not null;

    /// <summary>
    /// Compares a serial with openpyxl's date. openpyxl 3.0.9 counts days from 1899-12-30 and adds one below serial
    /// 60, so it differs from Excel's own reading (<see cref="ExcelDateSerial"/>) around the phantom 1900-02-29, and
    /// it gives dates to negative serials; either reading is accepted.
    /// </summary>
    private static bool SameTime(string expectedSerial, string iso)
    {
        var serial = double.Parse(expectedSerial, CultureInfo.InvariantCulture);
        var excel = ExcelDateSerial.ToDateTime(serial, out _);
        var openPyxlDays = serial is > 0 and < 60 ? serial + 1 : serial;
        var counted = new DateTime(1899, 12, 30).AddMilliseconds(Math.Round(openPyxlDays * 86_400_000));

        if (TimeSpan.TryParseExact(iso, ["hh\\:mm\\:ss", "hh\\:mm\\:ss\\.FFFFFF"], CultureInfo.InvariantCulture, out var time))
        {
            return excel is { } day && Math.Abs((day.TimeOfDay - time).TotalMilliseconds) < 1;
        }

        var actual = DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        return new[] { excel, counted }.Any(candidate => candidate is { } date && Math.Abs((date - actual).TotalMilliseconds) < 1);
    }
}
