using System.Text;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.Rendering.Csv;

[TestFixture]
public sealed class CsvEncodingTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase("utf-8-sig", new byte[] { 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x0D, 0x0A })]
    [TestCase("utf-8", new byte[] { 0xC3, 0xA9, 0x0D, 0x0A })]
    [TestCase("utf-16", new byte[] { 0xFF, 0xFE, 0xE9, 0x00, 0x0D, 0x00, 0x0A, 0x00 })]
    [TestCase("utf-16-le", new byte[] { 0xE9, 0x00, 0x0D, 0x00, 0x0A, 0x00 })]
    [TestCase("utf-16-be", new byte[] { 0x00, 0xE9, 0x00, 0x0D, 0x00, 0x0A })]
    [TestCase("windows-1252", new byte[] { 0xE9, 0x0D, 0x0A })]
    [TestCase("iso-8859-1", new byte[] { 0xE9, 0x0D, 0x0A })]
    public async Task EncodingWritesExpectedBytes(string encoding, byte[] expected)
    {
        var bytes = await ExportBytesAsync(encoding, "é");

        Assert.That(bytes, Is.EqualTo(expected));
    }

    [Test]
    public async Task Windows1252WritesEuroAs0x80()
    {
        var bytes = await ExportBytesAsync("windows-1252", "€");

        Assert.That(bytes, Is.EqualTo(new byte[] { 0x80, 0x0D, 0x0A }));
    }

    [TestCase("iso-8859-1", "price €5", "U+20AC")]
    [TestCase("windows-1252", "名前", "U+540D")]
    [TestCase("windows-1252", "smile 😀", "U+1F600")]
    [TestCase("iso-8859-1", "\u2018quotes\u2019", "U+2018")]
    public async Task UnrepresentableCharacterFailsExport(string encoding, string text, string codePoint)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Prices", [NormalizedCell.FromText(2, 3, text)]);
        var context = await builder.BuildAsync(folder, new RenderOptions { CsvEncoding = encoding });

        var write = () => ExportFiles.WriteAsync(new CsvExportWriter(), context, folder.File("out.csv"));

        var exception = Assert.ThrowsAsync<UnrepresentableValueException>(() => write());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Code, Is.EqualTo("unrepresentable_value"));
            Assert.That(exception.SheetName, Is.EqualTo("Prices"));
            Assert.That(exception.CellReference, Is.EqualTo("C2"));
            Assert.That(exception.Message, Does.Contain(codePoint).And.Contain(encoding).And.Contain("Sheet 'Prices' cell C2"));
        }
    }

    [Test]
    public async Task LoneSurrogateWrittenAsReplacement()
    {
        var bytes = await ExportBytesAsync("utf-8", "a\uDC00b");

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("a\uFFFDb\r\n"));
    }

    private async Task<byte[]> ExportBytesAsync(string encoding, string text)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1, 1, text)]);
        var (path, _) = await ExportFiles.ExportAsync(
            new CsvExportWriter(), builder, folder, "out.csv", new RenderOptions { CsvEncoding = encoding });

        return await File.ReadAllBytesAsync(path);
    }
}
