using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Csv;

namespace Exports.Tests.RoundTrip;

[TestFixture]
public sealed class CsvRoundTripTests
{
    // Comma-separated UTF-8 with a byte order mark, which CsvOutputReader reads.
    private static readonly RenderOptions Options = new();

    [TestCaseSource(typeof(RoundTripSources), nameof(RoundTripSources.All))]
    public async Task CsvRoundTrip(RoundTripSource? source)
    {
        var file = RoundTripSources.Require(source);
        using var run = new RoundTripRun();
        var sourcePath = run.Prepare(file);
        var expected = CsvExpectation.For(SourceReading.Read(sourcePath));
        var sheets = expected.Sheets;

        var (output, context) = await run.ExportAsync(sourcePath, new CsvExportWriter(), Options);
        var files = await CsvOutputReader.ReadAsync(output);

        // One sheet gives a plain .csv file, several give a ZIP with one entry per sheet.
        var single = sheets.Count == 1;
        string?[] entryNames = single ? [null] : [.. ExpectedNames.CsvEntryNames(sheets.Select(sheet => sheet.Name))];
        Assert.That(Path.GetExtension(output), Is.EqualTo(single ? ".csv" : ".zip"), $"{file.FileName}: file type");
        Assert.That(files.Select(csv => csv.Name), Is.EqualTo(entryNames), $"{file.FileName}: CSV files");
        using (Assert.EnterMultipleScope())
        {
            for (var index = 0; index < sheets.Count; index++)
            {
                AssertFile(file.FileName, sheets[index], files[index]);
            }

            Assert.That(
                context.Warnings.ToList(), Has.Count.EqualTo(expected.Changes.Count), "one warning per kind of change");
        }
    }

    private static void AssertFile(string file, RoundTripSheet expected, CsvOutputFile actual)
    {
        var records = actual.Records;
        var sheet = $"{file}, sheet '{expected.Name}'";

        Assert.That(actual.HasByteOrderMark, Is.True, $"{sheet}: byte order mark");
        Assert.That(
            records.Count(record => record.Length > 0 && record[^1].Length == 0),
            Is.Zero,
            $"{sheet}: records that end in an empty field");
        Assert.That(
            records.Count,
            Is.EqualTo(CsvRecordCells.ExpectedRecordCount(expected.Cells)),
            $"{sheet}: records, one per row of the used range");

        var cells = CsvRecordCells.From(records, expected.Cells);
        RoundTripAssert.CellsMatch(file, expected.Name, expected.Cells, cells);
    }
}
