using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using SourceStyle = Exports.Renderer.Workbooks.Normalized.CellStyle;

namespace Exports.Tests.Rendering.Xlsx;

[TestFixture]
public sealed class XlsxStyleTests
{
    /// <summary>A style with a value in every part that XLSX carries.</summary>
    public static readonly SourceStyle RichStyle = new()
    {
        Id = 0,
        NumberFormat = "#,##0.00",
        Font = new CellFont { Name = "Arial", SizePoints = 14, Bold = true, Italic = true, Underline = true, Color = "FFFF0000" },
        FillColor = "FF00FF00",
        Borders = new CellBorders { Top = new CellBorder("thin", "FF000000"), Bottom = new CellBorder("double", null) },
        HorizontalAlignment = "center",
        VerticalAlignment = "top",
        WrapText = true,
        TextRotation = 45,
    };

    // The default layout has three zones, so the values of sheet "Data" are on its Foundation sheet.
    private const string Foundation = "Foundation - Data";

    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task IncludedStylesCarryEveryPart()
    {
        var builder = new NormalizedWorkbookBuilder();
        var style = builder.Style(RichStyle);
        builder.Sheet("Data", [NormalizedCell.FromNumber(1, 1, 1234.5, style)]);

        using var package = await ExportAsync(builder);

        var stylesheet = package.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = package.CellFormat(Foundation, "A1");
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        var border = stylesheet.Borders!.Elements<Border>().ElementAt((int)format.BorderId!.Value);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.NumberFormat(Foundation, "A1"), Is.EqualTo("#,##0.00"));
            Assert.That(font.GetFirstChild<FontName>()!.Val!.Value, Is.EqualTo("Arial"));
            Assert.That(font.GetFirstChild<FontSize>()!.Val!.Value, Is.EqualTo(14));
            Assert.That(font.GetFirstChild<Bold>(), Is.Not.Null);
            Assert.That(font.GetFirstChild<Italic>(), Is.Not.Null);
            Assert.That(font.GetFirstChild<Underline>(), Is.Not.Null);
            Assert.That(font.GetFirstChild<Color>()!.Rgb!.Value, Is.EqualTo("FFFF0000"));
            Assert.That(fill.PatternFill!.ForegroundColor!.Rgb!.Value, Is.EqualTo("FF00FF00"));
            Assert.That(border.TopBorder!.Style!.Value, Is.EqualTo(BorderStyleValues.Thin));
            Assert.That(border.BottomBorder!.Style!.Value, Is.EqualTo(BorderStyleValues.Double));
            Assert.That(format.Alignment!.Horizontal!.Value, Is.EqualTo(HorizontalAlignmentValues.Center));
            Assert.That(format.Alignment!.Vertical!.Value, Is.EqualTo(VerticalAlignmentValues.Top));
            Assert.That(format.Alignment!.WrapText!.Value, Is.True);
            Assert.That(format.Alignment!.TextRotation!.Value, Is.EqualTo(45));
        }
    }

    [Test]
    public async Task ExcludedStylesLeavePlainCells()
    {
        var builder = new NormalizedWorkbookBuilder();
        var style = builder.Style(RichStyle);
        var dateStyle = builder.Style(new SourceStyle { Id = 0, NumberFormat = "dd/mm/yyyy", IsDate = true });
        builder.Sheet("Data", [NormalizedCell.FromNumber(1, 1, 1, style), NormalizedCell.FromDateSerial(1, 2, 45658, dateStyle)]);

        // Without zones, the style table holds only what the data cells need: the Control sheet adds a bold font.
        using var package = await ExportAsync(
            builder, new RenderOptions { XlsxIncludeStyles = false, XlsxThreeZone = false });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell("Data", "A1")!.StyleIndex, Is.Null);
            Assert.That(package.NumberFormat("Data", "B1"), Is.EqualTo("yyyy-mm-dd"));
            Assert.That(package.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Count!.Value, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task EqualStylesShareOneFormat()
    {
        var builder = new NormalizedWorkbookBuilder();
        var first = builder.Style(RichStyle);
        var second = builder.Style(RichStyle);
        builder.Sheet("Data", [NormalizedCell.FromNumber(1, 1, 1, first), NormalizedCell.FromNumber(1, 2, 2, second)]);

        using var package = await ExportAsync(builder, new RenderOptions { XlsxThreeZone = false });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell("Data", "B1")!.StyleIndex!.Value, Is.EqualTo(package.Cell("Data", "A1")!.StyleIndex!.Value));
            Assert.That(package.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Count!.Value, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task InvalidStyleValuesAreDropped()
    {
        var builder = new NormalizedWorkbookBuilder();
        var style = builder.Style(new SourceStyle
        {
            Id = 0,
            Font = new CellFont { Color = "not a colour", SizePoints = 5000 },
            FillColor = "12345",
            Borders = new CellBorders { Left = new CellBorder("zigzag", "FF000000") },
            HorizontalAlignment = "sideways",
            TextRotation = 400,
        });
        builder.Sheet("Data", [NormalizedCell.FromNumber(1, 1, 1, style)]);

        using var package = await ExportAsync(builder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(package.Cell(Foundation, "A1")!.StyleIndex, Is.Null);
            Assert.That(package.Validate(), Is.Empty);
        }
    }

    [Test]
    public async Task UnknownStyleIdFallsBackToDefault()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromNumber(1, 1, 1, styleId: 99)]);

        using var package = await ExportAsync(builder);

        Assert.That(package.Cell(Foundation, "A1")!.StyleIndex, Is.Null);
    }

    private async Task<XlsxPackage> ExportAsync(NormalizedWorkbookBuilder builder, RenderOptions? options = null)
    {
        var (path, _) = await ExportFiles.ExportAsync(XlsxWriters.Create(), builder, folder, "out.xlsx", options);

        return new XlsxPackage(path);
    }
}
