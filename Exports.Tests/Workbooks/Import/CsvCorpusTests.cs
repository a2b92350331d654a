using System.Globalization;
using System.Text.Json;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class CsvCorpusTests
{
    private ImportHarness harness = null!;

    public static IEnumerable<TestCaseData> TextFiles => Corpus.Files("csv", ".csv", ".tsv");

    public static IEnumerable<TestCaseData> FilesWithFixtures => TextFiles.Where(testCase =>
        testCase.Arguments[0] is not string path || File.Exists(Path.ChangeExtension(path, ".expected.json")));

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [TestCaseSource(nameof(TextFiles))]
    public async Task CorpusFileMatchesIndependentParsers(string? path)
    {
        var file = Corpus.RequireFile(path);
        var delimiter = TextFieldParserReference.GuessDelimiter(file);
        var references = new[]
        {
            TextFieldParserReference.Read(file, delimiter),
            PythonCsvReference.IsAvailable ? PythonCsvReference.Read(TextFieldParserReference.Decode(file), delimiter) : null,
        };

        var workbook = await harness.ImportFileAsync(file);
        var rows = (await harness.CellsAsync(workbook)).GroupBy(cell => cell.Row).Select(FieldsOf).ToList();

        var expected = references.OfType<List<string[]>>().Select(NonBlankRecords).ToList();
        Assert.That(expected, Is.Not.Empty, "neither TextFieldParser nor /usr/bin/python3 could read the file");
        Assert.That(expected, Has.Some.EqualTo(rows), "no independent parser read the same records");
    }

    [TestCaseSource(nameof(FilesWithFixtures))]
    public async Task CorpusFileMatchesExpectedJson(string? path)
    {
        var file = Corpus.RequireFile(path);
        var fixture = Path.ChangeExtension(file, ".expected.json");

        var workbook = await harness.ImportFileAsync(file);
        var cells = await harness.CellsAsync(workbook);

        var records = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(File.ReadAllText(fixture))!;
        var header = cells.Where(cell => cell.Row == 1).ToDictionary(cell => cell.Column, Display);
        for (var index = 0; index < records.Count; index++)
        {
            var row = cells.Where(cell => cell.Row == index + 2).ToDictionary(cell => cell.Column, Display);
            var actual = header.ToDictionary(pair => pair.Value, pair => row.GetValueOrDefault(pair.Key, string.Empty));
            Assert.That(actual, Is.EquivalentTo(records[index]), $"record {index + 1}");
        }
    }

    private static List<string[]> NonBlankRecords(List<string[]> records) =>
        [.. records.Where(record => record.Any(field => field.Length > 0)).Select(Trim)];

    private static string[] FieldsOf(IGrouping<int, NormalizedCell> row)
    {
        var fields = new string[row.Max(cell => cell.Column)];
        Array.Fill(fields, string.Empty);
        foreach (var cell in row)
        {
            fields[cell.Column - 1] = Display(cell);
        }

        return fields;
    }

    private static string[] Trim(string[] record)
    {
        var length = record.Length;
        while (length > 0 && record[length - 1].Length == 0)
        {
            length--;
        }

        return record[..length];
    }

    private static string Display(NormalizedCell cell) =>
        cell.Kind == CellKind.Number ? cell.Number.ToString("R", CultureInfo.InvariantCulture) : cell.Text!;
}
