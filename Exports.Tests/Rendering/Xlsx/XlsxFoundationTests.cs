using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>Protection and content of the Foundation sheets, and protection of the other zones.</summary>
[TestFixture]
public sealed class XlsxFoundationTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task FoundationSheetIsProtectedWithoutPassword()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 2));

        using var package = await ExportAsync(builder);

        var protection = package.Worksheet("Foundation - Data").GetFirstChild<SheetProtection>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(protection?.Sheet?.Value, Is.True);
            Assert.That(protection?.Objects?.Value, Is.True);
            Assert.That(protection?.Scenarios?.Value, Is.True);
            Assert.That(protection?.Password, Is.Null);
            Assert.That(protection?.AlgorithmName, Is.Null);
        }
    }

    [Test]
    public async Task ProtectionFollowsSheetData()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 2)).Sheet("Empty", []);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            foreach (var name in new[] { "Foundation - Data", "Foundation - Empty", "Control" })
            {
                var protection = package.Worksheet(name).GetFirstChild<SheetProtection>();
                Assert.That(protection?.PreviousSibling(), Is.InstanceOf<SheetData>(), name);
                Assert.That(protection?.NextSibling(), Is.Null, name);
            }
        }
    }

    [Test]
    public async Task FoundationHoldsValuesNotFormulas()
    {
        var formulaCell = new NormalizedCell(2, 1, CellKind.Number, 3, null, Formula: "SUM(1,2)");
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [.. SampleCells.EveryKind(), formulaCell]);

        using var package = await ExportAsync(builder);

        var cells = package.Cells("Foundation - Data");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells, Has.Count.EqualTo(9));
            Assert.That(cells.Where(cell => cell.CellFormula is not null), Is.Empty);
            Assert.That(package.Number("Foundation - Data", "A2"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task WorkspaceSheetIsNotProtected()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 2));

        using var package = await ExportAsync(builder);

        Assert.That(package.Worksheet("Workspace - Data").GetFirstChild<SheetProtection>(), Is.Null);
    }

    [Test]
    public async Task OptionOffLeavesSheetsUnprotected()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 2));

        using var package = await ExportAsync(builder, new RenderOptions { XlsxThreeZone = false });

        Assert.That(package.Worksheet("Data").GetFirstChild<SheetProtection>(), Is.Null);
    }

    [Test]
    public async Task FoundationKeepsLayoutOptions()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Data", [NormalizedCell.FromText(1, 1, new string('w', 20))]);

        using var package = await ExportAsync(builder, new RenderOptions { XlsxFreezeHeader = false });

        var foundation = package.Worksheet("Foundation - Data");
        var workspace = package.Worksheet("Workspace - Data");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(foundation.Descendants<Pane>(), Is.Empty);
            Assert.That(foundation.Descendants<Column>().Single().Width!.Value, Is.EqualTo(22));
            Assert.That(workspace.Descendants<Pane>(), Is.Empty);
            Assert.That(workspace.Descendants<Column>().Single().Width!.Value, Is.EqualTo(22));
        }
    }

    private async Task<XlsxPackage> ExportAsync(NormalizedWorkbookBuilder builder, RenderOptions? options = null)
    {
        var (path, _) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx", options);

        return new XlsxPackage(path);
    }
}
