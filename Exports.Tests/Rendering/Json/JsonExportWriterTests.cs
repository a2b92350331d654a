using System.Text.Json;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Json;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.Rendering.Json;

[TestFixture]
public sealed class JsonExportWriterTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task HeaderDescribesExport()
    {
        using var document = await ExportAsync(new NormalizedWorkbookBuilder("Budget.xlsx").Sheet("Data", []));

        var root = document.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("format_version").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("export_id").GetString(), Is.EqualTo("export-1"));
            Assert.That(root.GetProperty("workbook").GetProperty("id").GetString(), Does.StartWith("workbook-"));
            Assert.That(root.GetProperty("workbook").GetProperty("name").GetString(), Is.EqualTo("Budget.xlsx"));
            Assert.That(root.GetProperty("generated_at").GetString(), Is.EqualTo("2025-03-04T05:06:07Z"));
        }
    }

    [Test]
    public async Task ColumnsPastExcelLimitGetLetters()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Wide", [NormalizedCell.FromNumber(1, 100_000, 7)]);

        using var document = await ExportAsync(builder);

        var sheet = Sheet(document, 0);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sheet.GetProperty("columns")[0].GetProperty("column").GetString(), Is.EqualTo("EQXD"));
            Assert.That(sheet.GetProperty("max_column").GetInt32(), Is.EqualTo(100_000));
        }
    }

    [Test]
    public async Task SheetSummaryGivesCounts()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet("Data", [NormalizedCell.FromText(2, 2, "b2"), NormalizedCell.FromText(4, 4, "d4")], hidden: true);

        using var document = await ExportAsync(builder);

        var sheet = Sheet(document, 0);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sheet.GetProperty("name").GetString(), Is.EqualTo("Data"));
            Assert.That(sheet.GetProperty("index").GetInt32(), Is.EqualTo(0));
            Assert.That(sheet.GetProperty("hidden").GetBoolean(), Is.True);
            Assert.That(sheet.GetProperty("max_row").GetInt32(), Is.EqualTo(4));
            Assert.That(sheet.GetProperty("max_column").GetInt32(), Is.EqualTo(4));
            Assert.That(sheet.GetProperty("row_count").GetInt32(), Is.EqualTo(2));
            Assert.That(sheet.GetProperty("column_count").GetInt32(), Is.EqualTo(2));
            Assert.That(sheet.GetProperty("cell_count").GetInt64(), Is.EqualTo(2));
            Assert.That(
                sheet.GetProperty("columns").EnumerateArray().Select(column => column.GetProperty("column").GetString()),
                Is.EqualTo(new[] { "B", "D" }));
        }
    }

    [Test]
    public async Task RowsListOnlyNonBlankCells()
    {
        var builder = new NormalizedWorkbookBuilder()
            .Sheet(
                "Data",
                [NormalizedCell.FromText(2, 2, "b2"), NormalizedCell.FromText(5, 1, "a5"), NormalizedCell.FromText(5, 30, "ad5")]);

        using var document = await ExportAsync(builder);

        var rows = Sheet(document, 0).GetProperty("rows").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(row => row.GetProperty("row").GetInt32()), Is.EqualTo(new[] { 2, 5 }));
            Assert.That(
                rows[1].GetProperty("cells").EnumerateArray()
                    .Select(cell => (cell.GetProperty("column").GetString(), cell.GetProperty("index").GetInt32())),
                Is.EqualTo(new[] { ("A", 1), ("AD", 30) }));
        }
    }

    [Test]
    public async Task NumbersKeepExactValues()
    {
        var cells = SampleCells.ExactDoubles.Select((value, index) => NormalizedCell.FromNumber(1, index + 1, value));

        using var document = await ExportAsync(new NormalizedWorkbookBuilder().Sheet("Data", cells));

        var values = Cells(document).Select(cell => cell.GetProperty("value")).ToList();
        for (var index = 0; index < SampleCells.ExactDoubles.Length; index++)
        {
            Assert.That(values[index].GetDouble(), Is.EqualTo(SampleCells.ExactDoubles[index]), $"value {index}");
        }
    }

    [Test]
    public async Task NumbersWrittenShortestRoundTrip()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet(
            "Data",
            [
                NormalizedCell.FromNumber(1, 1, 0.1 + 0.2),
                NormalizedCell.FromNumber(1, 2, -0.0),
                NormalizedCell.FromNumber(1, 3, 3200010730102020),
            ]);

        using var document = await ExportAsync(builder);

        var raw = Cells(document).Select(cell => cell.GetProperty("value").GetRawText());
        Assert.That(raw, Is.EqualTo(new[] { "0.30000000000000004", "0", "3200010730102020" }));
    }

    [Test]
    public async Task EveryKindGetsTypedValue()
    {
        using var document = await ExportAsync(new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind()));

        var cells = Cells(document).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Select(cell => cell.GetProperty("type").GetString()), Is.EqualTo(new[]
            {
                "text", "number", "date", "date", "date", "boolean", "boolean", "error",
            }));
            Assert.That(cells[0].GetProperty("value").GetString(), Is.EqualTo("Text"));
            Assert.That(cells[2].GetProperty("value").GetString(), Is.EqualTo("1900-01-01"));
            Assert.That(cells[2].GetProperty("serial").GetDouble(), Is.EqualTo(1));
            Assert.That(cells[3].GetProperty("value").GetString(), Is.EqualTo("06:00:00"));
            Assert.That(cells[4].GetProperty("value").GetString(), Is.EqualTo("2021-01-01T10:10:10"));
            Assert.That(cells[5].GetProperty("value").GetBoolean(), Is.True);
            Assert.That(cells[6].GetProperty("value").GetBoolean(), Is.False);
            Assert.That(cells[7].GetProperty("value").GetString(), Is.EqualTo("#DIV/0!"));
        }
    }

    [Test]
    public async Task NonFiniteNumberBecomesNumError()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromNumber(1, 1, double.NaN)]);

        using var document = await ExportAsync(builder);

        var cell = Cells(document).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.GetProperty("type").GetString(), Is.EqualTo("error"));
            Assert.That(cell.GetProperty("value").GetString(), Is.EqualTo("#NUM!"));
        }
    }

    [Test]
    public async Task FormulaTextIncluded()
    {
        var cell = new NormalizedCell(1, 1, CellKind.Number, 3, null, Formula: "SUM(1,2)");

        using var document = await ExportAsync(new NormalizedWorkbookBuilder().Sheet("Data", [cell]));

        Assert.That(Cells(document).Single().GetProperty("formula").GetString(), Is.EqualTo("SUM(1,2)"));
    }

    [Test]
    public async Task TextKeepsEveryCharacter()
    {
        const string text = "quote \" backslash \\ ctrl \u0001 crlf \r\n é 😀 </script>";

        using var document = await ExportAsync(new NormalizedWorkbookBuilder().Sheet("Data", [NormalizedCell.FromText(1, 1, text)]));

        Assert.That(Cells(document).Single().GetProperty("value").GetString(), Is.EqualTo(text));
    }

    [Test]
    public async Task ProvenanceMatchesContextHash()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("One", SampleCells.EveryKind()).Sheet("Two", []);
        var (path, context) = await ExportFiles.ExportAsync(new JsonExportWriter(), builder, folder, "out.json");

        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path));

        var provenance = document.RootElement.GetProperty("provenance");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(provenance.GetProperty("manifest_version").GetString(), Is.EqualTo("cb_hash_v1"));
            Assert.That(provenance.GetProperty("hash_scope").GetString(), Is.EqualTo("validated"));
            Assert.That(provenance.GetProperty("data_hash").GetString(), Is.EqualTo(context.Hash!.DataHash));
            Assert.That(
                provenance.GetProperty("sheets").EnumerateArray().Select(sheet => sheet.GetProperty("cell_count").GetInt64()),
                Is.EqualTo(new long[] { 8, 0 }));
        }
    }

    [Test]
    public async Task ProvenanceIsLastProperty()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind());
        var (path, _) = await ExportFiles.ExportAsync(new JsonExportWriter(), builder, folder, "out.json");

        var topLevel = TopLevelPropertyNames(await File.ReadAllBytesAsync(path));

        Assert.That(topLevel, Is.EqualTo(new[] { "format_version", "export_id", "workbook", "generated_at", "sheets", "provenance" }));
    }

    [Test]
    public async Task PrettyPrintOptionIndents()
    {
        var builder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind());
        var (pretty, _) = await ExportFiles.ExportAsync(new JsonExportWriter(), builder, folder, "pretty.json");
        var compactBuilder = new NormalizedWorkbookBuilder().Sheet("Data", SampleCells.EveryKind());
        var (compact, _) = await ExportFiles.ExportAsync(
            new JsonExportWriter(), compactBuilder, folder, "compact.json", new RenderOptions { JsonPrettyPrint = false });

        var prettyText = await File.ReadAllTextAsync(pretty);
        var compactText = await File.ReadAllTextAsync(compact);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(prettyText, Does.Contain("\n  \"format_version\": 1"));
            Assert.That(compactText, Does.Not.Contain("\n"));
            Assert.That(compactText, Does.StartWith("{\"format_version\":1,"));
        }
    }

    [Test]
    public async Task DescribeNamesJsonFile()
    {
        var context = await new NormalizedWorkbookBuilder("Budget.xlsx").Sheet("Data", []).BuildAsync(folder);

        var info = new JsonExportWriter().Describe(context);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info.FileName, Is.EqualTo("Budget.json"));
            Assert.That(info.ContentType, Is.EqualTo("application/json"));
        }
    }

    private async Task<JsonDocument> ExportAsync(NormalizedWorkbookBuilder builder)
    {
        var (path, _) = await ExportFiles.ExportAsync(new JsonExportWriter(), builder, folder, "out.json");

        return JsonDocument.Parse(await File.ReadAllBytesAsync(path));
    }

    private static JsonElement Sheet(JsonDocument document, int index) =>
        document.RootElement.GetProperty("sheets")[index];

    private static IEnumerable<JsonElement> Cells(JsonDocument document) =>
        Sheet(document, 0).GetProperty("rows").EnumerateArray().SelectMany(row => row.GetProperty("cells").EnumerateArray());

    // Reads the document forward-only, as a streaming consumer would, and lists the top-level property names.
    private static List<string> TopLevelPropertyNames(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var names = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                names.Add(reader.GetString()!);
            }
        }

        return names;
    }
}
