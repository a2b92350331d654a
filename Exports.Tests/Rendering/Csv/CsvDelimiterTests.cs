using System.Text;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Csv;

[TestFixture]
public sealed class CsvDelimiterTests
{
    private static readonly string[] Texts = ["plain", "with\ttab", "with;semicolon", "with,comma", "with§section", "x marks", "'=1"];

    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase('\t')]
    [TestCase(';')]
    [TestCase('|')]
    [TestCase('§')]
    [TestCase('x')]
    public async Task DelimiterRecordsParseBack(char delimiter)
    {
        var bytes = await ExportBytesAsync(delimiter);

        Assert.That(CsvRecords.Parse(bytes, Encoding.UTF8, delimiter).Single(), Is.EqualTo(Texts.Select(Neutralized)));
    }

    [Test]
    public async Task TabDelimiterSeparatesWithTabs()
    {
        var text = Encoding.UTF8.GetString(await ExportBytesAsync('\t'));

        Assert.That(text, Does.StartWith("plain\t\"with\ttab\"\twith;semicolon\t"));
    }

    [TestCase(',')]
    [TestCase('\t')]
    public async Task PlainWriterMatchesSylvan(char delimiter)
    {
        var sylvan = await WriteRecordsAsync(text => new SylvanCsvRecordWriter(text, delimiter));

        var plain = await WriteRecordsAsync(text => new PlainCsvRecordWriter(text, delimiter));

        Assert.That(plain, Is.EqualTo(sylvan));
    }

    [TestCase(',', true)]
    [TestCase('\t', true)]
    [TestCase('§', false)]
    [TestCase('x', false)]
    [TestCase('7', false)]
    public void SylvanSupportsAsciiPunctuation(char delimiter, bool supported)
    {
        Assert.That(SylvanCsvRecordWriter.Supports(delimiter), Is.EqualTo(supported));
    }

    private static string Neutralized(string text) => text.StartsWith('=') ? "'" + text : text;

    private async Task<byte[]> ExportBytesAsync(char delimiter)
    {
        var cells = Texts.Select((text, index) => NormalizedCell.FromText(1, index + 1, text));
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", cells);
        var options = new RenderOptions { CsvDelimiter = delimiter, CsvEncoding = "utf-8" };
        var (path, _) = await ExportFiles.ExportAsync(new CsvExportWriter(), builder, folder, "out.csv", options);

        return await File.ReadAllBytesAsync(path);
    }

    private static async Task<string> WriteRecordsAsync(Func<TextWriter, ICsvRecordWriter> create)
    {
        using var records = new System.Data.DataTable();
        foreach (var index in Enumerable.Range(0, 4))
        {
            records.Columns.Add($"c{index}", typeof(string));
        }

        records.Rows.Add("plain", "a,b", null, "'prefixed");
        records.Rows.Add("q\"q", "line\r\nbreak", "tab\there", "#hash");
        using var text = new StringWriter();

        await create(text).WriteAsync(records.CreateDataReader(), CancellationToken.None);

        return text.ToString();
    }
}
