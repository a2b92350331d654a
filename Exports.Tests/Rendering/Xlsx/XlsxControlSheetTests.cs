using System.Globalization;
using Exports.Renderer.Rendering;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>What the Control sheet states about the export.</summary>
[TestFixture]
public sealed class XlsxControlSheetTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task ControlStatesProvenanceFields()
    {
        var builder = new NormalizedWorkbookBuilder("Q1 report.xlsx").Sheet("Assets", SampleCells.Grid(4, 3));

        var (package, context) = await ExportAsync(builder);

        using (package)
        {
            var fields = Fields(package);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(fields["Export id"], Is.EqualTo("export-1"));
                Assert.That(fields["Workbook id"], Is.EqualTo(context.Workbook.WorkbookId));
                Assert.That(fields["Workbook name"], Is.EqualTo("Q1 report.xlsx"));
                Assert.That(fields["Tenant id"], Is.EqualTo(NormalizedWorkbookBuilder.TenantId));
                Assert.That(fields["Data hash"], Is.EqualTo(context.Hash!.DataHash));
                Assert.That(fields["Hash scope"], Is.EqualTo("foundation"));
                Assert.That(fields["Manifest version"], Is.EqualTo("cb_hash_v1"));
                Assert.That(fields["Generated at (UTC)"], Is.EqualTo("2025-03-04T05:06:07.000Z"));
                Assert.That(fields["Signing key id"], Is.EqualTo(XlsxWriters.KeyId));
            }
        }
    }

    [Test]
    public async Task ControlListsEverySheetCounts()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Assets", SampleCells.Grid(4, 3))
            .Sheet("Gaps", [.. SampleCells.EveryKind(2), .. SampleCells.EveryKind(9)])
            .Sheet("Empty", []);

        var (package, context) = await ExportAsync(builder);

        using (package)
        {
            var rows = SheetRows(package);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(
                    rows.Select(row => row[0]),
                    Is.EqualTo(new[] { "Foundation - Assets", "Foundation - Gaps", "Foundation - Empty" }));
                Assert.That(rows.Select(row => row[1]), Is.EqualTo(context.Hash!.Sheets.Select(sheet => sheet.Hash)));
                Assert.That(rows.Select(row => row[2]), Is.EqualTo(new[] { "4", "2", "0" }));
                Assert.That(rows.Select(row => row[3]), Is.EqualTo(new[] { "12", "16", "0" }));
                Assert.That(
                    rows.Select(row => row[4]),
                    Is.EqualTo(new[] { "Workspace - Assets", "Workspace - Gaps", "Workspace - Empty" }));
                Assert.That(rows.Select(row => row[5]), Is.EqualTo(new[] { "12", "16", "0" }));
            }
        }
    }

    [Test]
    public async Task ControlNamesMirrorLimit()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(6, 2));

        var (package, _) = await ExportAsync(builder, workspaceMaxCells: 5);

        using (package)
        {
            var texts = Texts(package);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(SheetRows(package)[0][5], Is.EqualTo("4"));
                Assert.That(texts, Has.Some.EqualTo(
                    "'Workspace - Assets' mirrors 'Foundation - Assets' only above row 3: "
                    + "the Workspace sheets mirror at most 5 cells in all."));
            }
        }
    }

    [Test]
    public async Task ControlExplainsVerification()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(2, 2));

        var (package, _) = await ExportAsync(builder);

        using (package)
        {
            var texts = Texts(package);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(texts, Has.Some.Contains("POST /api/v1/exports/verify"));
                Assert.That(texts, Has.Some.Contains("urn:exports:provenance:v1"));
            }
        }
    }

    [Test]
    public async Task OptionOffWritesNoControlSheet()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(2, 2));

        var (package, _) = await ExportAsync(builder, new RenderOptions { XlsxThreeZone = false });

        using (package)
        {
            Assert.That(package.SheetNames, Is.EqualTo(new[] { "Assets" }));
        }
    }

    // The field table starts after the row "Field": column A names a field and column B contains its value.
    [Test]
    public async Task ControlNamesExternalSigner()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(2, 2));

        var (package, _) = await ExportAsync(builder, new RenderOptions { XlsxSigning = true });

        using (package)
        {
            Assert.That(Fields(package)["External signature"], Is.EqualTo($"ES256 by signer key {XlsxWriters.SignerKeyId}"));
        }
    }

    [Test]
    public async Task UnsignedControlHasNoSignerRow()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(2, 2));

        var (package, _) = await ExportAsync(builder);

        using (package)
        {
            Assert.That(Fields(package).ContainsKey("External signature"), Is.False);
        }
    }

    private static Dictionary<string, string> Fields(XlsxPackage package)
    {
        var table = Table(package);
        var start = table.FindIndex(row => row.FirstOrDefault() == "Field") + 1;

        return table.Skip(start).TakeWhile(row => row.Count == 2).ToDictionary(row => row[0], row => row[1]);
    }

    private static List<List<string>> SheetRows(XlsxPackage package)
    {
        var table = Table(package);
        var start = table.FindIndex(row => row.FirstOrDefault() == "Foundation sheet") + 1;

        return [.. table.Skip(start).TakeWhile(row => row.Count == 6)];
    }

    private static List<string> Texts(XlsxPackage package) => [.. Table(package).SelectMany(row => row)];

    private static List<List<string>> Table(XlsxPackage package) =>
    [
        .. package.Cells("Control")
            .GroupBy(cell => RowOf(cell.CellReference!.Value!))
            .Select(row => row.Select(cell => package.Text("Control", cell.CellReference!.Value!)!).ToList()),
    ];

    private static int RowOf(string reference) =>
        int.Parse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())), CultureInfo.InvariantCulture);

    private async Task<(XlsxPackage Package, RenderContext Context)> ExportAsync(
        NormalizedWorkbookBuilder builder, RenderOptions? options = null, long? workspaceMaxCells = null)
    {
        var (path, context) = await ExportFiles.ExportAsync(
            XlsxWriters.Create(workspaceMaxCells), builder, folder, "out.xlsx", options);

        return (new XlsxPackage(path), context);
    }
}
