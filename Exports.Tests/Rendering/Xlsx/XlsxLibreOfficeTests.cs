using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>
/// Opens exported workbooks in headless LibreOffice Calc and checks what it shows, all files in one run.
/// </summary>
[TestFixture]
public sealed class XlsxLibreOfficeTests
{
    private static readonly (string File, string Sheet) ValuesSheet = ("values", "Foundation - Values");

    private TemporaryFolder folder = null!;
    private IReadOnlyDictionary<(string File, string Sheet), string> sheets = null!;

    [OneTimeSetUp]
    public async Task ConvertFixturesAsync()
    {
        folder = new TemporaryFolder();
        var paths = await XlsxReaderFixtures.WriteAsync(folder);

        sheets = await LibreOfficeCsv.ConvertAsync(paths, Path.Combine(folder.Path, "converted"));
    }

    [OneTimeTearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void EverySheetOpens()
    {
        Assert.That(sheets.Keys, Is.EquivalentTo(new[]
        {
            ("values", "Foundation - Values"), ("values", "Foundation - Hidden_ 1_2"), ("values", "Workspace - Values"),
            ("values", "Workspace - Hidden_ 1_2"), ("values", "Control"), ("plain", "Plain"),
        }));
    }

    // LibreOffice counts no 1900-02-29, so it shows serials below 61 one day early: C1 (serial 1) is not checked.
    [TestCase(0, "\"Text\"")]
    [TestCase(1, "0.3")]
    [TestCase(3, "06:00:00")]
    [TestCase(4, "2021-01-01 10:10:10")]
    [TestCase(5, "TRUE")]
    [TestCase(6, "FALSE")]
    [TestCase(7, "\"#DIV/0!\"")]
    public void ValueKindsShowAsExpected(int column, string shown)
    {
        var fields = Lines(ValuesSheet)[0].Split(',');

        Assert.That(fields[column], Does.StartWith(shown));
    }

    [Test]
    public void SixteenDigitNumberShowsAllDigits()
    {
        var fields = Lines(ValuesSheet)[1].Split(',');

        Assert.That(fields[3], Is.EqualTo("3200010730102020"));
    }

    [Test]
    public void EscapedTextsShowDecoded()
    {
        var text = sheets[ValuesSheet];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("\"_x000D_ literal\""));
            Assert.That(text, Does.Contain("\"bell\u0007 escape\u001B\""));
            Assert.That(text, Does.Contain("\"a < b & c > d\""));
            Assert.That(text, Does.Contain("\"line one\nline two\""));
        }
    }

    [TestCase("Values")]
    [TestCase("Hidden_ 1_2")]
    public void WorkspaceShowsFoundationValues(string sheet)
    {
        var foundation = sheets[("values", "Foundation - " + sheet)];

        var workspace = sheets[("values", "Workspace - " + sheet)];

        Assert.That(workspace, Is.EqualTo(foundation));
    }

    [Test]
    public void PlainWorkbookShowsDates()
    {
        var firstLine = Lines(("plain", "Plain"))[0];

        Assert.That(firstLine, Does.Contain("2021-01-01 10:10:10"));
    }

    private string[] Lines((string File, string Sheet) key) => sheets[key].Split('\n');
}
