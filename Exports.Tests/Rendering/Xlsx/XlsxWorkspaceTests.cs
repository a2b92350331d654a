using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>
/// Workspace sheets: formulas that reference the Foundation cells, their cached values and the mirror limit.
/// </summary>
[TestFixture]
public sealed class XlsxWorkspaceTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task FormulasReferenceSameFoundationCells()
    {
        NormalizedCell[] cells =
            [.. SampleCells.EveryKind(2), .. SampleCells.Grid(3, 4).Select(cell => cell with { Row = cell.Row + 3 })];
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", cells);

        using var package = await ExportAsync(builder);

        var foundation = package.Cells("Foundation - Data").Select(cell => cell.CellReference!.Value).ToList();
        var workspace = package.Cells("Workspace - Data");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(workspace.Select(cell => cell.CellReference!.Value), Is.EqualTo(foundation));
            foreach (var cell in workspace)
            {
                Assert.That(cell.CellFormula?.Text, Is.EqualTo("'Foundation - Data'!" + cell.CellReference!.Value));
            }
        }
    }

    [Test]
    public async Task ApostropheInNameIsDoubled()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Bob's & <Q1>", [NormalizedCell.FromNumber(1, 1, 5)]);

        using var package = await ExportAsync(builder);

        var formula = package.Cell("Workspace - Bob's & <Q1>", "A1")!.CellFormula!.Text;
        Assert.That(formula, Is.EqualTo("'Foundation - Bob''s & <Q1>'!A1"));
    }

    [Test]
    public async Task CachedValuesEqualFoundationValues()
    {
        NormalizedCell[] cells =
        [
            .. SampleCells.EveryKind(1),
            .. SampleCells.ExactDoubles.Select((value, index) => NormalizedCell.FromNumber(2, index + 1, value)),
            .. XlsxReaderFixtures.EscapedTexts.Select((text, index) => NormalizedCell.FromText(3, index + 1, text)),
            NormalizedCell.FromText(4, 1, new string('L', 40_000)),
            NormalizedCell.FromError(4, 2, "#BOGUS!"),
        ];
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", cells);

        using var package = await ExportAsync(builder);

        var workspace = package.Cells("Workspace - Data").ToDictionary(cell => cell.CellReference!.Value!);
        using (Assert.EnterMultipleScope())
        {
            foreach (var cell in package.Cells("Foundation - Data"))
            {
                var mirror = workspace[cell.CellReference!.Value!];
                Assert.That(ValueOf(mirror), Is.EqualTo(ValueOf(cell)), cell.CellReference.Value);
                Assert.That(mirror.StyleIndex?.Value, Is.EqualTo(cell.StyleIndex?.Value), cell.CellReference.Value);
            }
        }
    }

    [Test]
    public async Task TextResultsUseStringType()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind());

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell("Workspace - Data", "A1")!.DataType!.Value, Is.EqualTo(CellValues.String));
            Assert.That(package.Cell("Workspace - Data", "B1")!.DataType, Is.Null);
            Assert.That(package.Cell("Workspace - Data", "F1")!.DataType!.Value, Is.EqualTo(CellValues.Boolean));
            Assert.That(package.Cell("Workspace - Data", "H1")!.DataType!.Value, Is.EqualTo(CellValues.Error));
        }
    }

    [Test]
    public async Task EmptySheetGetsEmptyWorkspace()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", []);

        using var package = await ExportAsync(builder);

        Assert.That(package.Cells("Workspace - Data"), Is.Empty);
    }

    [Test]
    public async Task LimitStopsMirrorAtWholeRow()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(5, 3));

        using var package = await ExportAsync(builder, workspaceMaxCells: 10);

        var workspace = package.Cells("Workspace - Data");
        var note = package.Text("Workspace - Data", "A4");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(workspace.Count(cell => cell.CellFormula is not null), Is.EqualTo(9));
            Assert.That(workspace.Select(cell => cell.CellReference!.Value).Last(), Is.EqualTo("A4"));
            Assert.That(note, Does.Contain("from row 4 on"));
            Assert.That(note, Does.Contain("at most 10 cells"));
            Assert.That(note, Does.Contain("'Foundation - Data' holds every value"));
            Assert.That(package.Cells("Foundation - Data"), Has.Count.EqualTo(15));
        }
    }

    [Test]
    public async Task LimitSpansSheetsInOrder()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("First", SampleCells.Grid(2, 3))
            .Sheet("Second", SampleCells.Grid(3, 3).Select(MoveToB5))
            .Sheet("Third", SampleCells.Grid(1, 1));

        using var package = await ExportAsync(builder, workspaceMaxCells: 8);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cells("Workspace - First").Count(cell => cell.CellFormula is not null), Is.EqualTo(6));
            Assert.That(package.Cells("Workspace - Second").Single().CellReference!.Value, Is.EqualTo("B5"));
            Assert.That(package.Text("Workspace - Second", "B5"), Does.StartWith("Not mirrored from row 5 on"));
            Assert.That(package.Text("Workspace - Third", "A1"), Does.StartWith("Not mirrored from row 1 on"));
        }
    }

    [Test]
    public async Task ZeroLimitMirrorsNothing()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.Grid(3, 3));

        using var package = await ExportAsync(builder, workspaceMaxCells: 0);

        var workspace = package.Cells("Workspace - Data");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(workspace, Has.Count.EqualTo(1));
            Assert.That(workspace[0].CellFormula, Is.Null);
            Assert.That(package.Validate(), Is.Empty);
        }
    }

    [Test]
    public async Task WorkspaceWarningsAreNotRepeated()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Data", [NormalizedCell.FromText(1, 1, new string('a', 40_000))]);

        var (_, context) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx");

        Assert.That(context.Warnings.ToList(), Is.EqualTo(new[]
        {
            "Sheet 'Foundation - Data' cell A1: text of 40,000 characters was cut to Excel's limit of 32,767.",
        }));
    }

    [Test]
    public async Task ProgressCountsFoundationCellsOnce()
    {
        var progress = new RecordingProgress();
        var context = await new NormalizedWorkbookBuilder()
            .Sheet("Data", SampleCells.Grid(10, 3))
            .BuildAsync(folder, progress: progress);

        await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("out.xlsx"));

        Assert.That(progress.Cells, Is.EqualTo(30));
    }

    private static NormalizedCell MoveToB5(NormalizedCell cell) =>
        cell with { Row = cell.Row + 4, Column = cell.Column + 1 };

    private static (string Type, string? Value) ValueOf(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return ("text", XlsxPackage.DecodeEscapes(cell.InlineString!.Text!.Text));
        }

        if (type == CellValues.String)
        {
            return ("text", XlsxPackage.DecodeEscapes(cell.CellValue!.Text));
        }

        var kind = type == CellValues.Boolean ? "boolean" : type == CellValues.Error ? "error" : "number";

        return (kind, cell.CellValue?.Text);
    }

    private async Task<XlsxPackage> ExportAsync(
        NormalizedWorkbookBuilder builder, RenderOptions? options = null, long? workspaceMaxCells = null)
    {
        var (path, _) = await ExportFiles.ExportAsync(
            XlsxWriters.Create(workspaceMaxCells), builder, folder, "out.xlsx", options);

        return new XlsxPackage(path);
    }
}
