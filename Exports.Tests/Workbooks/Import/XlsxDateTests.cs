using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class XlsxDateTests
{
    private ImportHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new ImportHarness();

    [TearDown]
    public void TearDown() => harness.Dispose();

    [TestCase(14, "m/d/yyyy")]
    [TestCase(15, "d-mmm-yy")]
    [TestCase(18, "h:mm AM/PM")]
    [TestCase(21, "h:mm:ss")]
    [TestCase(22, "m/d/yyyy h:mm")]
    [TestCase(27, "yyyy\"年\"m\"月\"")]
    [TestCase(36, "yyyy\"年\"m\"月\"")]
    [TestCase(45, "mm:ss")]
    [TestCase(46, "[h]:mm:ss")]
    [TestCase(47, "mm:ss.0")]
    [TestCase(50, "yyyy\"年\"m\"月\"")]
    [TestCase(58, "m\"月\"d\"日\"")]
    public async Task BuiltInDateFormatMakesDate(int numberFormatId, string expectedCode)
    {
        var package = StyledNumber(numberFormatId, customCode: null, "45000.5");

        var (cell, style) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.DateTime));
            Assert.That(cell.Number, Is.EqualTo(45000.5));
            Assert.That(style.IsDate, Is.True);
            Assert.That(style.NumberFormat, Is.EqualTo(expectedCode));
        }
    }

    [TestCase(1, "0")]
    [TestCase(2, "0.00")]
    [TestCase(10, "0.00%")]
    [TestCase(11, "0.00E+00")]
    [TestCase(49, "@")]
    public async Task BuiltInNumberFormatStaysNumber(int numberFormatId, string expectedCode)
    {
        var package = StyledNumber(numberFormatId, customCode: null, "45000.5");

        var (cell, style) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.Number));
            Assert.That(style.IsDate, Is.False);
            Assert.That(style.NumberFormat, Is.EqualTo(expectedCode));
        }
    }

    [TestCase("yyyy-mm-dd")]
    [TestCase("yyyy\\-mm\\-dd;@")]
    [TestCase("[$-409]m/d/yy\\ h:mm\\ AM/PM;@")]
    [TestCase("[$-F400]h:mm:ss\\ AM/PM")]
    [TestCase("[h]:mm")]
    [TestCase("[mm]:ss")]
    [TestCase("[Red]dd/mm/yyyy")]
    [TestCase("\"Day \"d")]
    [TestCase("A/P")]
    [TestCase("\"上午/下午 \"hh\"時\"mm\"分\"")]
    public async Task CustomDateFormatMakesDate(string code)
    {
        var package = StyledNumber(164, code, "45000.5");

        var (cell, style) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.DateTime));
            Assert.That(style.IsDate, Is.True);
            Assert.That(style.NumberFormat, Is.EqualTo(code));
        }
    }

    [TestCase("0.00")]
    [TestCase("\"d\"0")]
    [TestCase("\\d0.0")]
    [TestCase("[Red]0.00;[Blue]-0.00")]
    [TestCase("0.00E+00")]
    [TestCase("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)")]
    [TestCase("[DBNum1][$-804]General")]
    [TestCase("#,##0 \"hrs\"")]
    [TestCase("0_m")]
    [TestCase("*s0")]
    public async Task CustomNumberFormatStaysNumber(string code)
    {
        var package = StyledNumber(164, code, "45000.5");

        var (cell, style) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.Number));
            Assert.That(style.IsDate, Is.False);
            Assert.That(style.NumberFormat, Is.EqualTo(code));
        }
    }

    [Test]
    public async Task GeneralFormatStoresNoCode()
    {
        var package = StyledNumber(164, "General", "7");

        var (cell, style) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.Number));
            Assert.That(style.NumberFormat, Is.Null);
        }
    }

    [TestCase("0", 1462d)]
    [TestCase("1", 1463d)]
    [TestCase("11111", 12573d)]
    [TestCase("0.25", 1462.25)]
    public async Task Date1904SerialsMoveTo1900(string stored, double expected)
    {
        var package = StyledNumber(14, customCode: null, stored, date1904: true);

        var (cell, _) = await ImportStyledAsync(package);

        Assert.That(cell, Is.EqualTo(NormalizedCell.FromDateSerial(1, 1, expected, styleId: 1)));
    }

    [Test]
    public async Task Date1904KeepsDurations()
    {
        var package = StyledNumber(164, "[hh]:mm:ss", "10.632060185185199", date1904: true);

        var (cell, _) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.DateTime));
            Assert.That(cell.Number, Is.EqualTo(10.632060185185199));
        }
    }

    [Test]
    public async Task Date1900SerialOneStaysOne()
    {
        var package = StyledNumber(14, customCode: null, "1");

        var (cell, _) = await ImportStyledAsync(package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Number, Is.EqualTo(1));
            Assert.That(ExcelDateSerial.ToDateTime(cell.Number, out _), Is.EqualTo(new DateTime(1900, 1, 1)));
        }
    }

    [TestCase("2021-01-01", 44197d)]
    [TestCase("2021-01-01T10:10:10", 44197.42372685185)]
    [TestCase("10:10:10", 0.42372685185185184)]
    [TestCase("1900-01-01", 1d)]
    [TestCase("1900-03-01", 61d)]
    public async Task IsoDateCellsBecomeSerials(string stored, double expected)
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", $"<row r=\"1\"><c r=\"A1\" t=\"d\"><v>{stored}</v></c></row>")
            .Build();

        var workbook = await harness.ImportAsync(package);
        var cell = (await harness.CellsAsync(workbook)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.Kind, Is.EqualTo(CellKind.DateTime));
            Assert.That(cell.Number, Is.EqualTo(expected).Within(1e-9));
        }
    }

    [Test]
    public async Task IsoDateIn1904WorkbookHasNoOffset()
    {
        var package = new XlsxPackageBuilder()
            .Date1904()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2021-01-01</v></c></row>")
            .Build();

        var workbook = await harness.ImportAsync(package);
        var cell = (await harness.CellsAsync(workbook)).Single();

        Assert.That(cell.Number, Is.EqualTo(44197));
    }

    [Test]
    public async Task InvalidIsoDateStaysText()
    {
        var package = new XlsxPackageBuilder()
            .WithSheet("S", "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>not a date</v></c><c r=\"B1\" t=\"d\"><v>1850-06-01</v></c></row>")
            .Build();

        var workbook = await harness.ImportAsync(package);
        var cells = await harness.CellsAsync(workbook);

        Assert.That(cells, Is.EqualTo(new[]
        {
            NormalizedCell.FromText(1, 1, "not a date"),
            NormalizedCell.FromText(1, 2, "1850-06-01"),
        }));
    }

    private static byte[] StyledNumber(int numberFormatId, string? customCode, string value, bool date1904 = false)
    {
        var numberFormats = customCode is null
            ? string.Empty
            : $"<numFmts count=\"1\"><numFmt numFmtId=\"{numberFormatId}\" formatCode=\"{System.Security.SecurityElement.Escape(customCode)}\"/></numFmts>";
        var builder = new XlsxPackageBuilder()
            .WithStyles(numberFormats +
                "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
                "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\"/>" +
                $"<xf numFmtId=\"{numberFormatId}\" fontId=\"0\" applyNumberFormat=\"1\"/></cellXfs>")
            .WithSheet("S", $"<row r=\"1\"><c r=\"A1\" s=\"1\"><v>{value}</v></c></row>");

        return (date1904 ? builder.Date1904() : builder).Build();
    }

    private async Task<(NormalizedCell Cell, CellStyle Style)> ImportStyledAsync(byte[] package)
    {
        var workbook = await harness.ImportAsync(package);
        var cell = (await harness.CellsAsync(workbook)).Single();

        return (cell, workbook.Styles[cell.StyleId]);
    }
}
