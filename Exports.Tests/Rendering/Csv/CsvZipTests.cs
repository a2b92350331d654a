using System.IO.Compression;
using System.Text;
using Exports.Renderer.Rendering.Csv;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Csv;

[TestFixture]
public sealed class CsvZipTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task SheetsBecomeSafeUniqueEntries()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Data", [NormalizedCell.FromText(1, 1, "first")])
            .Sheet("DATA", [NormalizedCell.FromText(1, 1, "second")])
            .Sheet("../etc/passwd", [])
            .Sheet("CON", [])
            .Sheet("a:b*c?\"d\"<e>|f\u0001", [])
            .Sheet("...", []);

        using var archive = await ExportZipAsync(builder);

        Assert.That(archive.Entries.Select(entry => entry.FullName), Is.EqualTo(new[]
        {
            "Data.csv", "DATA (2).csv", "_etc_passwd.csv", "_CON.csv", "a_b_c__d__e__f_.csv", "Sheet6.csv",
        }));
    }

    [Test]
    public async Task EachEntryHoldsItsSheet()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("One", [NormalizedCell.FromText(1, 1, "first"), NormalizedCell.FromNumber(1, 2, 1)])
            .Sheet("Two", [NormalizedCell.FromText(1, 1, "second")]);

        using var archive = await ExportZipAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Records(archive.GetEntry("One.csv")!), Is.EqualTo(new[] { new[] { "first", "1" } }));
            Assert.That(Records(archive.GetEntry("Two.csv")!), Is.EqualTo(new[] { new[] { "second" } }));
        }
    }

    [Test]
    public async Task DescribeNamesZipFile()
    {
        var context = await new NormalizedWorkbookBuilder("Budget.xlsx").Sheet("One", []).Sheet("Two", []).BuildAsync(folder);

        var info = new CsvExportWriter().Describe(context);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info.FileName, Is.EqualTo("Budget.zip"));
            Assert.That(info.ContentType, Is.EqualTo("application/zip"));
        }
    }

    private async Task<ZipArchive> ExportZipAsync(NormalizedWorkbookBuilder builder)
    {
        var (path, _) = await ExportFiles.ExportAsync(new CsvExportWriter(), builder, folder, "out.zip");

        return ZipFile.OpenRead(path);
    }

    private static IReadOnlyList<string[]> Records(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);

        return CsvRecords.Parse(bytes.ToArray(), new UTF8Encoding(true));
    }
}
