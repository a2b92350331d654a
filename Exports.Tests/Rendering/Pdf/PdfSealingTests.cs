using System.Text;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering.Pdf;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>How a PDF export is sealed and described, checked with pdfinfo and qpdf.</summary>
[TestFixture]
public sealed class PdfSealingTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task EncryptedWithAes256()
    {
        var path = await ExportAsync();

        var info = await PdfTools.InfoAsync(path);

        Assert.That(info["Encrypted"], Does.StartWith("yes").And.Contain("algorithm:AES-256"));
    }

    [Test]
    public async Task PermissionsForbidChanges()
    {
        var path = await ExportAsync();

        var encrypted = (await PdfTools.InfoAsync(path))["Encrypted"];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(encrypted, Does.Contain("change:no"));
            Assert.That(encrypted, Does.Contain("addNotes:no"));
            Assert.That(encrypted, Does.Contain("print:yes"));
            Assert.That(encrypted, Does.Contain("copy:yes"));
        }
    }

    [Test]
    public async Task QpdfReportsNoPermissionToModify()
    {
        var path = await ExportAsync();

        var (_, output) = await PdfTools.CheckAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(output, Does.Contain("modify anything: not allowed"));
            Assert.That(output, Does.Contain("extract for any purpose: allowed"));
            Assert.That(output, Does.Contain("print high resolution: allowed"));
            Assert.That(output, Does.Contain("file encryption method: AESv3"));
        }
    }

    [Test]
    public async Task QpdfCheckPasses()
    {
        var path = await ExportAsync();

        var (exitCode, output) = await PdfTools.CheckAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("No syntax or stream encoding errors found"));
            Assert.That(output, Does.Not.Contain("WARNING"));
        }
    }

    [Test]
    public async Task EveryStreamDecodesCleanly()
    {
        var path = await ExportAsync();

        var (exitCode, output) = await PdfTools.DecodeAllAsync(path, folder.File("decoded.pdf"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Not.Contain("WARNING"));
        }
    }

    [Test]
    public async Task ContentStreamsStayCompressed()
    {
        var path = await ExportAsync();

        var decoded = folder.File("decoded.pdf");
        await PdfTools.DecodeAllAsync(path, decoded);

        Assert.That(new FileInfo(path).Length, Is.LessThan(new FileInfo(decoded).Length / 2));
    }

    [Test]
    public async Task DocumentInformationNamesExport()
    {
        var (path, context) = await ExportWithContextAsync();

        var info = await PdfTools.InfoAsync(path, "-custom", "-isodates");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info["Title"], Is.EqualTo("Budget.xlsx"));
            Assert.That(info["Author"], Is.EqualTo("Exports"));
            Assert.That(info["Subject"], Does.Contain(context.Hash!.DataHash).And.Contain("export-1"));
            Assert.That(info["CreationDate"], Is.EqualTo("2025-03-04T05:06:07Z"));
            Assert.That(info["ExportsDataHash"], Is.EqualTo(context.Hash.DataHash));
            Assert.That(info["ExportsExportId"], Is.EqualTo("export-1"));
            Assert.That(info["ExportsHashScope"], Is.EqualTo("foundation"));
        }
    }

    [Test]
    public async Task XmpMetadataCarriesHash()
    {
        var (path, context) = await ExportWithContextAsync();

        var xmp = await PdfTools.InfoTextAsync(path, "-meta");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(xmp, Does.Contain($"<pdf:Keywords>{context.Hash!.DataHash}</pdf:Keywords>"));
            Assert.That(xmp, Does.Contain("<rdf:li>Exports</rdf:li>"));
            Assert.That(xmp, Does.Contain("<xmp:CreateDate>2025-03-04T05:06:07Z</xmp:CreateDate>"));
        }
    }

    [Test]
    public async Task EmbeddedManifestVerifies()
    {
        var (path, context) = await ExportWithContextAsync();

        var text = await PdfTools.InfoTextAsync(path, "-custom");

        var start = text.IndexOf("<?xml", StringComparison.Ordinal);
        var end = text.IndexOf("</manifest>", StringComparison.Ordinal) + "</manifest>".Length;
        Assert.That(start, Is.GreaterThanOrEqualTo(0), text);
        var manifest = ManifestXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(text[start..end])));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.Hmac, Is.EqualTo(context.Manifest!.Hmac));
            Assert.That(manifest.DataHash, Is.EqualTo(context.Hash!.DataHash));
            Assert.That(
                manifest.Sheets.Select(sheet => sheet.Name),
                Is.EqualTo(new[] { "Foundation - Assets", "Foundation - Notes" }));
            Assert.That(XlsxWriters.Signer.Verify(manifest), Is.True);
        }
    }

    [Test]
    public async Task EveryPageShowsHashAndExport()
    {
        var (path, context) = await ExportWithContextAsync(rows: 300);

        var pages = await PdfTools.PagesAsync(path);

        Assert.That(pages, Has.Count.GreaterThan(1));
        using (Assert.EnterMultipleScope())
        {
            foreach (var page in pages)
            {
                Assert.That(page, Does.Contain($"Data hash {context.Hash!.DataHash}"));
                Assert.That(page, Does.Contain("Export export-1"));
            }
        }
    }

    [Test]
    public void PdfSharpFlateOmitsChecksum()
    {
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 8 Tf (cell) Tj ET\n", 50)));

        var pdfSharp = new PdfSharp.Pdf.Filters.FlateDecode().Encode(data);
        var ours = PdfStreamCompression.Deflate(data);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pdfSharp[..2], Is.EqualTo(new byte[] { 0x78, 0xDA }));
            Assert.That(pdfSharp[^4..], Is.Not.EqualTo(Adler32(data)));
            Assert.That(ours[^4..], Is.EqualTo(Adler32(data)));
        }
    }

    private static byte[] Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        var sum = (b << 16) | a;

        return [(byte)(sum >> 24), (byte)(sum >> 16), (byte)(sum >> 8), (byte)sum];
    }

    private async Task<string> ExportAsync() => (await ExportWithContextAsync()).Path;

    private async Task<(string Path, Renderer.Rendering.RenderContext Context)> ExportWithContextAsync(int rows = 20)
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Assets", SampleCells.Grid(rows, 4))
            .Sheet("Notes", [Renderer.Workbooks.Normalized.NormalizedCell.FromText(1, 1, "東京 notes")]);

        return await ExportFiles.ExportAsync(PdfWriters.Create(), builder, folder, "out.pdf");
    }
}
