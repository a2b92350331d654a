using System.Globalization;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class XlsxCorpusTests
{
    private ImportHarness harness = null!;

    public static IEnumerable<TestCaseData> Workbooks => Corpus.Files("xlsx", ".xlsx", ".xlsm");

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [TestCaseSource(nameof(Workbooks))]
    public async Task CorpusWorkbookMatchesSdkReading(string? path)
    {
        var file = Corpus.RequireFile(path);
        var expected = OpenXmlSdkReference.Read(file);

        var workbook = await harness.ImportFileAsync(file);

        Assert.That(workbook.Sheets.Select(sheet => (sheet.Name, sheet.Hidden)),
            Is.EqualTo(expected.Select(sheet => (sheet.Name, sheet.Hidden))), "sheet names and visibility");
        for (var index = 0; index < expected.Count; index++)
        {
            var actual = (await harness.CellsAsync(workbook, index)).Select(ToReference).ToList();
            Assert.That(actual, Is.EqualTo(expected[index].Cells), $"cells of sheet '{expected[index].Name}'");
        }
    }

    private static ReferenceCell ToReference(NormalizedCell cell)
    {
        var value = cell.Kind switch
        {
            CellKind.Number or CellKind.DateTime => cell.Number.ToString("R", CultureInfo.InvariantCulture),
            CellKind.Boolean => cell.BooleanValue ? "TRUE" : "FALSE",
            _ => cell.Text!,
        };

        return new ReferenceCell(cell.Row, cell.Column, cell.Kind.ToString(), value, cell.Formula);
    }
}
