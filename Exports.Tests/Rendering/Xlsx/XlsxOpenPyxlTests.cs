using System.Globalization;
using System.Text.Json;
using Exports.Renderer.Provenance;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>Reads exported workbooks back with openpyxl 3.0.9, an independent reader, in one Python run.</summary>
[TestFixture]
public sealed class XlsxOpenPyxlTests
{
    private const string ValuesSheet = "Foundation - Values";

    private TemporaryFolder folder = null!;
    private JsonElement values;
    private JsonElement plain;

    [OneTimeSetUp]
    public async Task ReadFixturesAsync()
    {
        folder = new TemporaryFolder();
        var paths = await XlsxReaderFixtures.WriteAsync(folder);

        var workbooks = await OpenPyxlWorkbooks.ReadAsync(paths);

        values = workbooks[paths[0]];
        plain = workbooks[paths[1]];
    }

    [OneTimeTearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void NumbersReadBackExactly()
    {
        var sheet = OpenPyxlWorkbooks.Sheet(values, ValuesSheet);

        for (var index = 0; index < SampleCells.ExactDoubles.Length; index++)
        {
            var cell = OpenPyxlWorkbooks.Cell(sheet, A1Reference.Format(2, index + 1))!.Value;
            var value = double.Parse(cell.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);
            Assert.That(value, Is.EqualTo(SampleCells.ExactDoubles[index]), $"column {index + 1}");
        }
    }

    [TestCase("C1", "1900-01-01T00:00:00", "yyyy-mm-dd")]
    [TestCase("D1", "06:00:00", "hh:mm:ss")]
    [TestCase("E1", "2021-01-01T10:10:10", "yyyy-mm-dd hh:mm:ss")]
    public void DatesReadBackAsDates(string reference, string expected, string format)
    {
        var cell = OpenPyxlWorkbooks.Cell(OpenPyxlWorkbooks.Sheet(values, ValuesSheet), reference)!.Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.GetProperty("type").GetString(), Is.EqualTo("date"));
            Assert.That(cell.GetProperty("value").GetString(), Is.EqualTo(expected));
            Assert.That(cell.GetProperty("format").GetString(), Is.EqualTo(format));
        }
    }

    [Test]
    public void BooleansAndErrorsReadBack()
    {
        var sheet = OpenPyxlWorkbooks.Sheet(values, ValuesSheet);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OpenPyxlWorkbooks.Cell(sheet, "F1")!.Value.GetProperty("value").GetBoolean(), Is.True);
            Assert.That(OpenPyxlWorkbooks.Cell(sheet, "G1")!.Value.GetProperty("value").GetBoolean(), Is.False);
            Assert.That(OpenPyxlWorkbooks.Cell(sheet, "H1")!.Value.GetProperty("type").GetString(), Is.EqualTo("error"));
            Assert.That(OpenPyxlWorkbooks.Cell(sheet, "H1")!.Value.GetProperty("value").GetString(), Is.EqualTo("#DIV/0!"));
        }
    }

    [Test]
    public void EscapedTextsReadBackExactly()
    {
        var sheet = OpenPyxlWorkbooks.Sheet(values, ValuesSheet);

        for (var index = 0; index < XlsxReaderFixtures.EscapedTexts.Length; index++)
        {
            var cell = OpenPyxlWorkbooks.Cell(sheet, A1Reference.Format(3, index + 1))!.Value;
            Assert.That(cell.GetProperty("value").GetString(), Is.EqualTo(XlsxReaderFixtures.EscapedTexts[index]));
        }
    }

    [Test]
    public void LongTextReadBackCut()
    {
        var cell = OpenPyxlWorkbooks.Cell(OpenPyxlWorkbooks.Sheet(values, ValuesSheet), "A4")!.Value;

        Assert.That(cell.GetProperty("value").GetString(), Has.Length.EqualTo(32_767));
    }

    [Test]
    public void SheetNamesAndStatesReadBack()
    {
        var sheets = values.EnumerateArray()
            .Select(sheet => (sheet.GetProperty("name").GetString(), sheet.GetProperty("state").GetString()));

        Assert.That(sheets, Is.EqualTo(new[]
        {
            ("Foundation - Values", "visible"),
            ("Foundation - Hidden_ 1_2", "hidden"),
            ("Workspace - Values", "visible"),
            ("Workspace - Hidden_ 1_2", "hidden"),
            ("Control", "visible"),
        }));
    }

    [Test]
    public void FreezeAndWidthsFollowOptions()
    {
        var on = OpenPyxlWorkbooks.Sheet(values, ValuesSheet);
        var off = OpenPyxlWorkbooks.Sheet(plain, "Plain");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(on.GetProperty("freeze").GetString(), Is.EqualTo("A2"));
            Assert.That(on.GetProperty("widths").GetProperty("A").GetDouble(), Is.EqualTo(80));
            Assert.That(off.GetProperty("freeze").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(off.GetProperty("widths").EnumerateObject(), Is.Empty);
        }
    }

    [Test]
    public void PlainDatesKeepDefaultFormats()
    {
        var cell = OpenPyxlWorkbooks.Cell(OpenPyxlWorkbooks.Sheet(plain, "Plain"), "E1")!.Value;

        Assert.That(cell.GetProperty("format").GetString(), Is.EqualTo("yyyy-mm-dd hh:mm:ss"));
    }

    [Test]
    public void WorkspaceCachesFoundationValues()
    {
        var foundation = OpenPyxlWorkbooks.Sheet(values, ValuesSheet).GetProperty("cells");
        var workspace = OpenPyxlWorkbooks.Sheet(values, "Workspace - Values");

        using (Assert.EnterMultipleScope())
        {
            foreach (var cell in foundation.EnumerateObject())
            {
                var mirror = OpenPyxlWorkbooks.Cell(workspace, cell.Name);
                var expectedType = cell.Value.GetProperty("type").GetString();
                var expectedValue = cell.Value.GetProperty("value").ToString();
                Assert.That(mirror, Is.Not.Null, cell.Name);
                Assert.That(mirror?.GetProperty("type").GetString(), Is.EqualTo(expectedType), cell.Name);
                Assert.That(mirror?.GetProperty("value").ToString(), Is.EqualTo(expectedValue), cell.Name);
                Assert.That(mirror?.GetProperty("formula").GetString(), Is.EqualTo($"='Foundation - Values'!{cell.Name}"));
                Assert.That(cell.Value.TryGetProperty("formula", out _), Is.False, cell.Name);
            }
        }
    }

    [Test]
    public void ProtectionFollowsZones()
    {
        var protectedSheets = values.EnumerateArray()
            .Select(sheet => (sheet.GetProperty("name").GetString(), sheet.GetProperty("protected").GetBoolean()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(protectedSheets, Is.EqualTo(new[]
            {
                ("Foundation - Values", true),
                ("Foundation - Hidden_ 1_2", true),
                ("Workspace - Values", false),
                ("Workspace - Hidden_ 1_2", false),
                ("Control", true),
            }));
            Assert.That(OpenPyxlWorkbooks.Sheet(plain, "Plain").GetProperty("protected").GetBoolean(), Is.False);
        }
    }

    [Test]
    public void ControlStatesDataHash()
    {
        var cells = OpenPyxlWorkbooks.Sheet(values, "Control").GetProperty("cells");

        var label = cells.EnumerateObject().Single(cell => cell.Value.GetProperty("value").ToString() == "Data hash");
        var value = OpenPyxlWorkbooks.Cell(OpenPyxlWorkbooks.Sheet(values, "Control"), "B" + label.Name[1..]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(label.Name, Does.StartWith("A"));
            Assert.That(value?.GetProperty("value").GetString(), Does.Match("^sha256:[0-9a-f]{64}$"));
        }
    }
}
