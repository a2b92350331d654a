using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>Which fonts draw which text, checked with pdffonts and pdftotext.</summary>
[TestFixture]
public sealed class PdfFontTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task LatinTextEmbedsDejaVuOnly()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Prices", [NormalizedCell.FromText(1, 1, "Preis in €, naïve café")]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var fonts = await PdfTools.FontsAsync(path);
        var text = await PdfTools.TextAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fonts, Has.All.Contains("DejaVu Sans"));
            Assert.That(fonts, Has.None.Contains("WenQuanYi"));
            Assert.That(text, Does.Contain("Preis in €, naïve café"));
        }
    }

    [Test]
    public async Task CjkTextUsesFallbackFont()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet(
            "売上", [NormalizedCell.FromText(1, 1, "東京の売上"), NormalizedCell.FromText(2, 1, "서울 매출 and 北京")]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var fonts = await PdfTools.FontsAsync(path);
        var text = await PdfTools.TextAsync(path);
        var fallback = fonts.Single(line => line.Contains("WenQuanYi Micro Hei", StringComparison.Ordinal));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fallback, Does.Match(@"\byes\s+yes\s+yes\b"), "embedded, subset, with a ToUnicode map");
            Assert.That(fonts, Has.Some.Contains("DejaVu Sans"));
            Assert.That(text, Does.Contain("東京の売上"));
            Assert.That(text, Does.Contain("서울 매출 and 北京"));
            Assert.That(text, Does.Contain("Foundation - 売上"));
        }
    }

    [Test]
    public async Task EveryFontIsEmbedded()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Mixed", [NormalizedCell.FromText(1, 1, "Header 表"), NormalizedCell.FromText(2, 1, "Zeile 行")]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var fonts = await PdfTools.FontsAsync(path);
        Assert.That(fonts, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            foreach (var font in fonts)
            {
                Assert.That(font, Does.Match(@"\s(TrueType|CID TrueType)\s+\S+\s+yes\s"), font);
            }
        }
    }

    [Test]
    public async Task EmojiReadsBackExactly()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Mood", [NormalizedCell.FromText(1, 1, "Smile 😀 please")]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        Assert.That(await PdfTools.TextAsync(path), Does.Contain("Smile 😀 please"));
    }

    [Test]
    public async Task UnsupportedCharactersDoNotFail()
    {
        NormalizedCell[] cells =
        [
            NormalizedCell.FromText(1, 1, "Rocket 🚀 launch"),
            NormalizedCell.FromText(2, 1, "Bell\u0007ring"),
            NormalizedCell.FromText(3, 1, "Tab\there, line\r\nbreak"),
            NormalizedCell.FromText(4, 1, "Heart \u2764\uFE0F with selector"),
            NormalizedCell.FromText(5, 1, "Broken \uD800 surrogate"),
            NormalizedCell.FromText(6, 1, "Private \uE000 use"),
            NormalizedCell.FromText(7, 1, "A value that makes the column wide enough"),
        ];
        var builder = new NormalizedWorkbookBuilder().Sheet("Odd", cells);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var text = await PdfTools.TextAsync(path);
        var (exitCode, output) = await PdfTools.CheckAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(text, Does.Contain("Rocket \uFFFD launch"));
            Assert.That(text, Does.Contain("Bell\uFFFDring"));
            Assert.That(text, Does.Contain("Tab here, line break"));
            Assert.That(text, Does.Contain("Broken \uFFFD surrogate"));
            Assert.That(text, Does.Contain("with selector"));
        }
    }

    [Test]
    public async Task RightToLeftTextIsDrawn()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet(
            "Greetings", [NormalizedCell.FromText(1, 1, "שלום"), NormalizedCell.FromText(2, 1, "مرحبا")]);

        var (path, _) = await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");

        var fonts = await PdfTools.FontsAsync(path);
        var text = await PdfTools.TextAsync(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fonts, Has.None.Contains("WenQuanYi"), "DejaVu Sans has Hebrew and Arabic letters");
            Assert.That(text, Does.Contain("ש").And.Contain("ם"));
            Assert.That(text, Does.Contain("م").And.Contain("ح"));
        }
    }
}
