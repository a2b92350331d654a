using System.Globalization;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

[TestFixture]
public sealed class XlsxValueTests
{
    // The default layout has three zones, so the values of sheet "Data" are on its Foundation sheet.
    private const string Foundation = "Foundation - Data";

    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [TestCase(0.1 + 0.2, "0.30000000000000004")]
    [TestCase(1e21, "1E+21")]
    [TestCase(5e-324, "5E-324")]
    [TestCase(3200010730102020d, "3200010730102020")]
    [TestCase(-0.0, "0")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(double.MaxValue, "1.7976931348623157E+308")]
    public async Task NumberKeepsShortestRoundTripText(double value, string expected)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromNumber(1, 1, value)]);

        using var package = await ExportAsync(builder);

        var text = package.Cell(Foundation, "A1")!.CellValue!.Text;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Is.EqualTo(expected));
            Assert.That(double.Parse(text, CultureInfo.InvariantCulture), Is.EqualTo(value));
        }
    }

    [TestCase(1d, "yyyy-mm-dd")]
    [TestCase(44197.423726851855, "yyyy-mm-dd hh:mm:ss")]
    [TestCase(0.25, "hh:mm:ss")]
    public async Task DateGetsDefaultFormatByFraction(double serial, string format)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromDateSerial(1, 1, serial)]);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Number(Foundation, "A1"), Is.EqualTo(serial));
            Assert.That(package.NumberFormat(Foundation, "A1"), Is.EqualTo(format));
        }
    }

    [Test]
    public async Task DateKeepsSourceDateFormat()
    {
        var builder = new NormalizedWorkbookBuilder();
        var style = builder.Style(new CellStyle { Id = 0, NumberFormat = "dd/mm/yyyy", IsDate = true });
        builder.Sheet("Data", [NormalizedCell.FromDateSerial(1, 1, 45658, style)]);

        using var package = await ExportAsync(builder);

        Assert.That(package.NumberFormat(Foundation, "A1"), Is.EqualTo("dd/mm/yyyy"));
    }

    [Test]
    public async Task DateWithNumberStyleGetsDateFormat()
    {
        var builder = new NormalizedWorkbookBuilder();
        var style = builder.Style(new CellStyle { Id = 0, NumberFormat = "0.00" });
        builder.Sheet("Data", [NormalizedCell.FromDateSerial(1, 1, 45658, style)]);

        using var package = await ExportAsync(builder);

        Assert.That(package.NumberFormat(Foundation, "A1"), Is.EqualTo("yyyy-mm-dd"));
    }

    [Test]
    public async Task BooleansWrittenAsOneAndZero()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet(
            "Data", [NormalizedCell.FromBoolean(1, 1, true), NormalizedCell.FromBoolean(1, 2, false)]);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell(Foundation, "A1")!.DataType!.Value, Is.EqualTo(CellValues.Boolean));
            Assert.That(package.Cell(Foundation, "A1")!.CellValue!.Text, Is.EqualTo("1"));
            Assert.That(package.Cell(Foundation, "B1")!.CellValue!.Text, Is.EqualTo("0"));
        }
    }

    [TestCase("#DIV/0!")]
    [TestCase("#N/A")]
    [TestCase("#NAME?")]
    public async Task ErrorWrittenAsErrorCell(string literal)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromError(1, 1, literal)]);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell(Foundation, "A1")!.DataType!.Value, Is.EqualTo(CellValues.Error));
            Assert.That(package.Cell(Foundation, "A1")!.CellValue!.Text, Is.EqualTo(literal));
        }
    }

    [Test]
    public async Task UnknownErrorWrittenAsTextWithWarning()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromError(1, 1, "#BOGUS!")]);

        var (path, context) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx");

        using var package = new XlsxPackage(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Text(Foundation, "A1"), Is.EqualTo("#BOGUS!"));
            Assert.That(package.Cell(Foundation, "A1")!.DataType!.Value, Is.EqualTo(CellValues.InlineString));
            Assert.That(context.Warnings.ToList().Single(), Does.Contain("Sheet 'Foundation - Data' cell A1"));
        }
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public async Task NonFiniteNumberWrittenAsNumError(double value)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromNumber(1, 1, value)]);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell(Foundation, "A1")!.DataType!.Value, Is.EqualTo(CellValues.Error));
            Assert.That(package.Cell(Foundation, "A1")!.CellValue!.Text, Is.EqualTo("#NUM!"));
        }
    }

    [TestCase("plain text")]
    [TestCase("a < b & c > d \"quoted\" 'single'")]
    [TestCase("line one\r\nline two\nline three\rend")]
    [TestCase("tab\there")]
    [TestCase("_x000D_ literal")]
    [TestCase("_x005F_ and _xABCD_ and _x12G4_")]
    [TestCase("bell\u0007 null\u0000 escape\u001B")]
    [TestCase("non-characters \uFFFE \uFFFF")]
    [TestCase("  leading and trailing  ")]
    [TestCase("emoji 😀 and 中文")]
    public async Task TextRoundTripsThroughEscapes(string text)
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1, 1, text)]);

        using var package = await ExportAsync(builder);

        Assert.That(package.Text(Foundation, "A1"), Is.EqualTo(text));
    }

    [Test]
    public async Task LoneSurrogateBecomesReplacementCharacter()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1, 1, "a\uD800b")]);

        using var package = await ExportAsync(builder);

        Assert.That(package.Text(Foundation, "A1"), Is.EqualTo("a\uFFFDb"));
    }

    [Test]
    public async Task LongTextCutWithWarning()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(3, 2, new string('a', 40_000))]);

        var (path, context) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx");

        using var package = new XlsxPackage(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Text(Foundation, "B3"), Has.Length.EqualTo(32_767));
            Assert.That(context.Warnings.ToList().Single(), Does.Contain("Sheet 'Foundation - Data' cell B3"));
            Assert.That(context.Warnings.ToList().Single(), Does.Contain("40,000"));
        }
    }

    [Test]
    public async Task CutNeverSplitsSurrogatePair()
    {
        var text = new string('a', 32_766) + "😀tail";
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1, 1, text)]);

        using var package = await ExportAsync(builder);

        Assert.That(package.Text(Foundation, "A1"), Is.EqualTo(new string('a', 32_766)));
    }

    [Test]
    public async Task FormulaTextIsNotWritten()
    {
        var cell = new NormalizedCell(1, 1, CellKind.Number, 3, null, Formula: "SUM(1,2)");
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [cell]);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell(Foundation, "A1")!.CellFormula, Is.Null);
            Assert.That(package.Number(Foundation, "A1"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task WarningsEmptyForPlainValues()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind());

        var (_, context) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx");

        Assert.That(context.Warnings.IsEmpty, Is.True);
    }

    private async Task<XlsxPackage> ExportAsync(NormalizedWorkbookBuilder builder, RenderOptions? options = null)
    {
        var (path, _) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx", options);

        return new XlsxPackage(path);
    }
}
