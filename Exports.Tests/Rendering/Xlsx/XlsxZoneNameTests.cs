using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Rendering;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>Names and order of the Foundation, Workspace and Control sheets.</summary>
[TestFixture]
public sealed class XlsxZoneNameTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task ZonesFollowInWorkbookOrder()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(2, 2)).Sheet("Notes", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.SheetNames, Is.EqualTo(new[]
        {
            "Foundation - Assets", "Foundation - Notes", "Workspace - Assets", "Workspace - Notes", "Control",
        }));
    }

    [Test]
    public async Task LongNamesCutToExcelLimit()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("A name that is far longer than thirty-one characters", []);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.SheetNames[0], Is.EqualTo("Foundation - A name that is far"));
            Assert.That(package.SheetNames[1], Is.EqualTo("Workspace - A name that is far "));
            Assert.That(package.SheetNames, Has.All.Length.LessThanOrEqualTo(31));
        }
    }

    [Test]
    public async Task ForbiddenCharactersBecomeUnderscores()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("a/b\\c:d*e?f[g]h", []).Sheet("tab\there", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.SheetNames.Take(4), Is.EqualTo(new[]
        {
            "Foundation - a_b_c_d_e_f_g_h", "Foundation - tab_here",
            "Workspace - a_b_c_d_e_f_g_h", "Workspace - tab_here",
        }));
    }

    [Test]
    public async Task NamesEqualAfterCuttingGetNumbers()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Regional sales North America", [])
            .Sheet("Regional sales North Europe", [])
            .Sheet("Regional sales North Asia", []);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.SheetNames.Take(3), Is.EqualTo(new[]
            {
                "Foundation - Regional sales Nor", "Foundation - Regional sales (2)", "Foundation - Regional sales (3)",
            }));
            Assert.That(package.SheetNames, Has.All.Length.LessThanOrEqualTo(31));
            Assert.That(package.SheetNames.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(7));
        }
    }

    [Test]
    public async Task NamesDifferingInCaseGetNumbers()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", []).Sheet("DATA", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.SheetNames, Is.EqualTo(new[]
        {
            "Foundation - Data", "Foundation - DATA (2)", "Workspace - Data", "Workspace - DATA (2)", "Control",
        }));
    }

    [Test]
    public async Task ApostropheOnlyNameGetsPosition()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", []).Sheet("'", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.SheetNames[1], Is.EqualTo("Foundation - Sheet2"));
    }

    [Test]
    public async Task SourceSheetNamedControlStaysApart()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Control", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.SheetNames, Is.EqualTo(new[] { "Foundation - Control", "Workspace - Control", "Control" }));
    }

    [Test]
    public async Task OptionOffKeepsDataSheetNames()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Assets", SampleCells.Grid(2, 2)).Sheet("a/b", []);

        using var package = await ExportAsync(builder, new RenderOptions { XlsxThreeZone = false });

        Assert.That(package.SheetNames, Is.EqualTo(new[] { "Assets", "a_b" }));
    }

    [Test]
    public async Task FirstVisibleFoundationIsActive()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Hidden", SampleCells.Grid(2, 2), hidden: true)
            .Sheet("Shown", SampleCells.Grid(2, 2));

        using var package = await ExportAsync(builder);

        var states = package.Sheets.Select(sheet => sheet.State?.Value ?? SheetStateValues.Visible);
        var activeTab = package.WorkbookPart.Workbook.BookViews!.GetFirstChild<WorkbookView>()!.ActiveTab!.Value;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(activeTab, Is.EqualTo(1));
            Assert.That(package.SheetNames[1], Is.EqualTo("Foundation - Shown"));
            Assert.That(states, Is.EqualTo(new[]
            {
                SheetStateValues.Hidden, SheetStateValues.Visible, SheetStateValues.Hidden, SheetStateValues.Visible,
                SheetStateValues.Visible,
            }));
        }
    }

    private async Task<XlsxPackage> ExportAsync(NormalizedWorkbookBuilder builder, RenderOptions? options = null)
    {
        var (path, _) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx", options);

        return new XlsxPackage(path);
    }
}
