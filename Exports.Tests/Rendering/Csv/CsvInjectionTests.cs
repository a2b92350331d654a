using System.Text;
using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Csv;

[TestFixture]
public sealed class CsvInjectionTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase("=1+1", "\"'=1+1\"")]
    [TestCase("+33 1 23", "\"'+33 1 23\"")]
    [TestCase("-2", "\"'-2\"")]
    [TestCase("@SUM(A1:A2)", "\"'@SUM(A1:A2)\"")]
    [TestCase("\tcmd", "\"'\tcmd\"")]
    [TestCase("\rcmd", "\"'\rcmd\"")]
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    public async Task FormulaTextGetsQuotedPrefix(string text, string field)
    {
        var (output, _) = await ExportAsync([NormalizedCell.FromText(1, 1, text)]);

        Assert.That(output, Is.EqualTo(field + "\r\n"));
    }

    [TestCase("a=b")]
    [TestCase("1-2")]
    [TestCase(" =not first")]
    [TestCase("'already")]
    public async Task OtherTextStaysUnchanged(string text)
    {
        var (output, context) = await ExportAsync([NormalizedCell.FromText(1, 1, text)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CsvRecords.Parse(Encoding.UTF8.GetBytes(output), Encoding.UTF8).Single().Single(), Is.EqualTo(text));
            Assert.That(context.Warnings.IsEmpty, Is.True);
        }
    }

    [Test]
    public async Task NegativeNumberStaysUnchanged()
    {
        var (output, context) = await ExportAsync([NormalizedCell.FromNumber(1, 1, -2)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(output, Is.EqualTo("-2\r\n"));
            Assert.That(context.Warnings.IsEmpty, Is.True);
        }
    }

    [Test]
    public async Task WarningCountsEveryPrefixedCell()
    {
        var (_, context) = await ExportAsync(
            [NormalizedCell.FromText(1, 1, "=1"), NormalizedCell.FromText(1, 2, "=2"), NormalizedCell.FromText(2, 1, "@x")]);

        Assert.That(context.Warnings.ToList(), Is.EqualTo(new[]
        {
            "Sheet 'Data' cell A1: text that a spreadsheet would run as a formula got a leading apostrophe. (2 more like it)",
        }));
    }

    [Test]
    public async Task HashCoversPrefixedText()
    {
        var (_, context) = await ExportAsync([NormalizedCell.FromText(1, 1, "=1+1")]);

        using var expected = new CbHashV1Builder();
        expected.BeginSheet("Data");
        expected.AddString(1, 1, "'=1+1");
        Assert.That(context.Hash!.DataHash, Is.EqualTo(expected.Complete().DataHash));
    }

    private async Task<(string Output, Renderer.Rendering.RenderContext Context)> ExportAsync(IEnumerable<NormalizedCell> cells)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", cells);
        var options = new Renderer.Rendering.RenderOptions { CsvEncoding = "utf-8" };
        var (path, context) = await ExportFiles.ExportAsync(new CsvExportWriter(), builder, folder, "out.csv", options);

        return (await File.ReadAllTextAsync(path), context);
    }
}
