using System.IO.Compression;
using System.Text;
using Exports.Renderer.Workbooks.Import;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class ImportRejectionTests
{
    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task EmptyFileIsRejected()
    {
        var (rejection, _) = await harness.RejectAsync([], "empty.csv");

        Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.EmptyFile));
    }

    [Test]
    public async Task LegacyXlsIsRejected()
    {
        byte[] ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var (rejection, _) = await harness.RejectAsync(ole2, "old.xlsx");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.UnsupportedFileType));
            Assert.That(rejection.Message, Does.Contain(".xls").And.Contain("save it as").IgnoreCase);
        }
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0 }, "GIF")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "JPEG")]
    public async Task KnownBinaryIsRejected(byte[] content, string fileType)
    {
        var (rejection, _) = await harness.RejectAsync(content, "data.csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.UnsupportedFileType));
            Assert.That(rejection.Message, Does.Contain(fileType));
        }
    }

    [Test]
    public async Task RandomBytesAreRejected()
    {
        var content = new byte[4096];
        new Random(20240601).NextBytes(content);
        content[0] = (byte)'x';

        var (rejection, _) = await harness.RejectAsync(content, "data.csv");

        Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.UnsupportedFileType));
    }

    [Test]
    public async Task ZipWithoutWorkbookIsRejected()
    {
        var content = Zip(("word/document.xml", "<document/>"), ("_rels/.rels", "<Relationships/>"));

        var (rejection, _) = await harness.RejectAsync(content);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.UnsupportedFileType));
            Assert.That(rejection.Message, Does.Contain("no workbook part"));
        }
    }

    [Test]
    public async Task TruncatedZipIsCorrupt()
    {
        var package = new XlsxPackageBuilder().WithSheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").Build();

        var (rejection, _) = await harness.RejectAsync(package[..(package.Length / 2)]);

        Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.CorruptWorkbook));
    }

    [Test]
    public async Task MalformedSheetXmlIsCorrupt()
    {
        var package = new XlsxPackageBuilder().WithSheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>").Build();

        var (rejection, _) = await harness.RejectAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.CorruptWorkbook));
            Assert.That(rejection.Message, Does.Contain("not well-formed XML"));
        }
    }

    [Test]
    public async Task MissingSharedStringIsCorrupt()
    {
        var package = new XlsxPackageBuilder()
            .WithSharedStrings("<t>only</t>")
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")
            .Build();

        var (rejection, _) = await harness.RejectAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.CorruptWorkbook));
            Assert.That(rejection.Message, Does.Contain("shared string '5'"));
        }
    }

    [Test]
    public async Task RejectionDeletesWrittenSheets()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("Good", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
            .WithSheet("Bad", "<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>")
            .Build();

        var (rejection, source) = await harness.RejectAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.CorruptWorkbook));
            Assert.That(harness.HasNormalizedData(source), Is.False);
            Assert.That(await harness.Store.FindDescriptorAsync(source.TenantId, source.WorkbookId, CancellationToken.None), Is.Null);
        }
    }

    [Test]
    public async Task ZipBombIsRejected()
    {
        var relationships =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" " +
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/></Relationships>";
        var package = SpacedWorkbookPackage(relationships, spaces: 160L * 1024 * 1024);

        var (rejection, _) = await harness.RejectAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.LimitExceeded));
            Assert.That(rejection.Message, Does.Contain("Import__MaxCompressionRatio"));
        }
    }

    [Test]
    public async Task OversizedPartIsRejected()
    {
        using var limited = new ImportHarness(new ImportOptions { MaxPartUncompressedBytes = 4096 });
        var rows = string.Concat(Enumerable.Range(1, 200).Select(row => $"<row r=\"{row}\"><c r=\"A{row}\"><v>{row}</v></c></row>"));
        var package = new XlsxPackageBuilder().WithSheet("S", rows).Build();

        var (rejection, _) = await limited.RejectAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.LimitExceeded));
            Assert.That(rejection.Message, Does.Contain("Import__MaxPartUncompressedBytes"));
        }
    }

    [Test]
    public async Task TotalExpansionIsLimited()
    {
        using var limited = new ImportHarness(new ImportOptions { MaxUncompressedBytes = 2000 });
        var package = new XlsxPackageBuilder()
            .WithSheet("A", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
            .WithSheet("B", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
            .WithSheet("C", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
            .Build();

        var (rejection, _) = await limited.RejectAsync(package);

        Assert.That(rejection.Message, Does.Contain("Import__MaxUncompressedBytes"));
    }

    [Test]
    public async Task TooManyEntriesAreRejected()
    {
        using var limited = new ImportHarness(new ImportOptions { MaxZipEntries = 3 });
        var package = new XlsxPackageBuilder().WithSheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").Build();

        var (rejection, _) = await limited.RejectAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.LimitExceeded));
            Assert.That(rejection.Message, Does.Contain("Import__MaxZipEntries"));
        }
    }

    [Test]
    public async Task TooManyCellsAreRejected()
    {
        using var limited = new ImportHarness(new ImportOptions { MaxCellsPerSheet = 3 });
        var content = Encoding.UTF8.GetBytes("1,2\n3,4\n");

        var (rejection, _) = await limited.RejectAsync(content, "four.csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejection.Code, Is.EqualTo(WorkbookRejectionCode.LimitExceeded));
            Assert.That(rejection.Message, Does.Contain("Import__MaxCellsPerSheet"));
        }
    }

    [Test]
    public async Task LongCsvRecordIsRejected()
    {
        using var limited = new ImportHarness(new ImportOptions { MaxCsvRecordCharacters = 65536 });
        var content = Encoding.UTF8.GetBytes("a," + new string('x', 200_000) + "\n");

        var (rejection, _) = await limited.RejectAsync(content, "long.csv");

        Assert.That(rejection.Message, Does.Contain("Import__MaxCsvRecordCharacters"));
    }

    /// <summary>
    /// Builds a package whose workbook part is padded with spaces. The part is written in chunks, so the test never
    /// keeps it in memory expanded, and deflate shrinks it about a thousand times.
    /// </summary>
    private static byte[] SpacedWorkbookPackage(string relationships, long spaces)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var rels = archive.CreateEntry("_rels/.rels").Open())
            {
                rels.Write(Encoding.UTF8.GetBytes(relationships));
            }

            using var stream = archive.CreateEntry("xl/workbook.xml", CompressionLevel.SmallestSize).Open();
            stream.Write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);
            var chunk = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
            for (var written = 0L; written < spaces; written += chunk.Length)
            {
                stream.Write(chunk);
            }

            stream.Write("</workbook>"u8);
        }

        return output.ToArray();
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return output.ToArray();
    }
}
