using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class XlsxStyleTests
{
    private const string Styles =
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.000\"/></numFmts>" +
        "<fonts count=\"3\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/></font>" +
        "<font><b/><i/><u/><strike/><sz val=\"14\"/><color rgb=\"FFFF0000\"/><name val=\"Arial\"/></font>" +
        "<font><b val=\"0\"/><u val=\"none\"/><sz val=\"9\"/><color theme=\"4\" tint=\"-0.5\"/><name val=\"Verdana\"/></font></fonts>" +
        "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>" +
        "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"10\"/><bgColor indexed=\"64\"/></patternFill></fill>" +
        "<fill><patternFill patternType=\"solid\"><fgColor theme=\"0\"/></patternFill></fill></fills>" +
        "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>" +
        "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"medium\"><color rgb=\"FF00FF00\"/></right>" +
        "<top/><bottom style=\"dashed\"><color auto=\"1\"/></bottom></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"1\"/></cellStyleXfs>" +
        "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>" +
        "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"2\" borderId=\"1\" applyAlignment=\"1\">" +
        "<alignment horizontal=\"center\" vertical=\"top\" wrapText=\"1\" indent=\"2\" textRotation=\"90\"/></xf>" +
        "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"2\" borderId=\"1\">" +
        "<alignment horizontal=\"center\" vertical=\"top\" wrapText=\"1\" indent=\"2\" textRotation=\"90\"/></xf>" +
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"3\" borderId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"1\" borderId=\"0\"><alignment horizontal=\"general\" vertical=\"bottom\"/></xf>" +
        "<xf numFmtId=\"14\" fontId=\"0\"/></cellXfs>" +
        "<dxfs count=\"1\"><dxf><font><b/></font></dxf></dxfs>";

    private const string Theme =
        "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>" +
        "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>" +
        "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>";

    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [Test]
    public async Task FullStyleIsRead()
    {
        var (styles, cells) = await ImportAsync();

        var style = styles[cells[1].StyleId];

        Assert.That(style, Is.EqualTo(new CellStyle
        {
            Id = cells[1].StyleId,
            NumberFormat = "0.000",
            Font = new CellFont
            {
                Name = "Arial",
                SizePoints = 14,
                Bold = true,
                Italic = true,
                Underline = true,
                Strikethrough = true,
                Color = "FFFF0000",
            },
            FillColor = "FFFF0000",
            Borders = new CellBorders
            {
                Left = new CellBorder("thin", null),
                Right = new CellBorder("medium", "FF00FF00"),
                Bottom = new CellBorder("dashed", null),
            },
            HorizontalAlignment = "center",
            VerticalAlignment = "top",
            WrapText = true,
            Indent = 2,
            TextRotation = 90,
        }));
    }

    [Test]
    public async Task IdenticalFormatsShareOneStyle()
    {
        var (styles, cells) = await ImportAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells[1].StyleId, Is.EqualTo(cells[2].StyleId));
            Assert.That(styles.Select(style => style.Id), Is.EqualTo(Enumerable.Range(0, styles.Count)));
            Assert.That(styles.Distinct().Count(), Is.EqualTo(styles.Count));
        }
    }

    [Test]
    public async Task DefaultLookingFormatsUseStyleZero()
    {
        var (styles, cells) = await ImportAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(styles[0], Is.EqualTo(new CellStyle { Id = 0 }));
            Assert.That(cells[0].StyleId, Is.Zero);
            Assert.That(cells[4].StyleId, Is.Zero);
        }
    }

    [Test]
    public async Task ThemeColorsResolveWithTint()
    {
        var (styles, cells) = await ImportAsync();

        var style = styles[cells[3].StyleId];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(style.Font!.Bold, Is.False);
            Assert.That(style.Font.Underline, Is.False);
            Assert.That(style.Font.Color, Is.EqualTo("FF203864"));
            Assert.That(style.FillColor, Is.EqualTo("FFFFFFFF"));
        }
    }

    [Test]
    public async Task DateStyleIsFlagged()
    {
        var (styles, cells) = await ImportAsync();

        var style = styles[cells[5].StyleId];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(style.IsDate, Is.True);
            Assert.That(style.NumberFormat, Is.EqualTo("m/d/yyyy"));
            Assert.That(cells[5].Kind, Is.EqualTo(CellKind.DateTime));
        }
    }

    [Test]
    public async Task ColorsWithoutThemeAreNull()
    {
        var package = new XlsxPackageBuilder()
            .WithStyles(Styles)
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" s=\"3\"><v>1</v></c></row>")
            .Build();

        var workbook = await harness.ImportAsync(package);
        var cell = (await harness.CellsAsync(workbook)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.Styles[cell.StyleId].Font!.Color, Is.Null);
            Assert.That(workbook.Styles[cell.StyleId].FillColor, Is.Null);
        }
    }

    [Test]
    public async Task UnknownStyleIndexUsesDefault()
    {
        var package = new XlsxPackageBuilder()
            .WithStyles(Styles)
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" s=\"99\"><v>1</v></c></row>")
            .Build();

        var workbook = await harness.ImportAsync(package);

        Assert.That((await harness.CellsAsync(workbook)).Single().StyleId, Is.Zero);
    }

    private async Task<(IReadOnlyList<CellStyle> Styles, List<NormalizedCell> Cells)> ImportAsync()
    {
        var cells = string.Concat(Enumerable.Range(0, 6).Select(index =>
            $"<c r=\"{(char)('A' + index)}1\" s=\"{index}\"><v>{index + 1}</v></c>"));
        var package = new XlsxPackageBuilder()
            .WithStyles(Styles)
            .WithTheme(Theme)
            .WithSheet("S", $"<row r=\"1\">{cells}</row>")
            .Build();

        var workbook = await harness.ImportAsync(package);

        return (workbook.Styles, await harness.CellsAsync(workbook));
    }
}
