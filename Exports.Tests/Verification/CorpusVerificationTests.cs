using System.Globalization;
using Exports.Contracts;
using Exports.Renderer.Rendering;
using Exports.Renderer.Verification;
using Exports.Tests.Support;
using Exports.Tests.Support.Readers;
using Exports.Tests.Support.XlsxEditing;

namespace Exports.Tests.Verification;

/// <summary>
/// Verification of every corpus workbook's default export and of edited copies of it. The export and its
/// LibreOffice re-save are original, and a changed Foundation value is modified at exactly that cell. A Workspace
/// edit changes nothing, and a renamed or reordered Foundation sheet is modified. An edited manifest is invalid,
/// and another tenant is rejected.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CorpusVerificationTests
{
    private const string FoundationPrefix = "Foundation - ";

    private readonly Dictionary<string, (string Export, string Resaved, RenderContext Context)> exports = [];
    private VerificationHarness harness = null!;

    [OneTimeSetUp]
    public async Task ExportCorpusAsync()
    {
        harness = new VerificationHarness();
        var directory = Corpus.FindDirectory();
        if (directory is null)
        {
            return;
        }

        var files = Corpus.Files("xlsx", ".xlsx", ".xlsm").Select(data => (string)data.Arguments[0]!).ToList();
        foreach (var file in files)
        {
            var (path, context) = await harness.ExportFileAsync(file);
            exports[Path.GetFileName(file)] = (path, string.Empty, context);
        }

        var resaveFolder = Directory.CreateDirectory(Path.Combine(harness.Folder, "resaved")).FullName;
        var originals = exports.Values.Select(export => export.Export).ToList();
        if (File.Exists(LibreOfficeCsv.Soffice))
        {
            var resaved = await LibreOfficeXlsx.ResaveAsync(originals, resaveFolder);
            foreach (var (name, export) in exports.ToList())
            {
                exports[name] = export with { Resaved = resaved[originals.IndexOf(export.Export)] };
            }
        }
    }

    [OneTimeTearDown]
    public void Dispose() => harness.Dispose();

    [TestCaseSource(nameof(Workbooks))]
    public async Task ExportIsOriginal(string? file)
    {
        var (export, _, context) = Export(file);

        var verdict = await harness.VerdictAsync(export);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.ExportId, Is.EqualTo(context.ExportId));
            Assert.That(verdict.HmacValid, Is.True);
        }
    }

    [TestCaseSource(nameof(Workbooks))]
    public async Task LibreOfficeResaveIsOriginal(string? file)
    {
        var (_, resaved, context) = Export(file);
        ExternalTool.Require(LibreOfficeCsv.Soffice, "install LibreOffice Calc (apt-get install -y libreoffice-calc-nogui)");
        Assert.That(File.Exists(resaved), Is.True, $"LibreOffice wrote no copy of {file}");

        var verdict = await harness.VerdictAsync(resaved);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original), string.Join(", ", verdict.Diffs.Take(10)));
            Assert.That(verdict.ExportId, Is.EqualTo(context.ExportId));
        }
    }

    [TestCaseSource(nameof(Workbooks))]
    public async Task ChangedFoundationValueIsNamed(string? file)
    {
        var (export, _, _) = Export(file);
        var editor = XlsxEditor.Load(export);
        var (sheet, reference, status) = ChangeOneValue(editor);
        var copy = editor.Save(harness.CopyPath($"changed-{Path.GetFileName(export)}"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Modified));
            Assert.That(verdict.Diffs, Is.EqualTo(new[] { new CellDiff { Sheet = sheet, Cell = reference, Status = status } }));
        }
    }

    [TestCaseSource(nameof(Workbooks))]
    public async Task WorkspaceEditChangesNothing(string? file)
    {
        var (export, _, _) = Export(file);
        var editor = XlsxEditor.Load(export);
        var workspace = editor.SheetNames().First(name => name.StartsWith("Workspace - ", StringComparison.Ordinal));
        var copy = editor.EditText(editor.SheetPart(workspace), text => AddRow(text).Xml)
            .Save(harness.CopyPath($"workspace-{Path.GetFileName(export)}"));

        var verdict = await harness.VerdictAsync(copy);

        Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
    }

    [TestCaseSource(nameof(Workbooks))]
    public async Task RenamedFoundationSheetIsModified(string? file)
    {
        var (export, _, _) = Export(file);
        var editor = XlsxEditor.Load(export);
        var sheet = editor.SheetNames().First(name => name.StartsWith(FoundationPrefix, StringComparison.Ordinal));
        var copy = editor.RenameSheet(sheet, FoundationPrefix + "Renamed 42")
            .Save(harness.CopyPath($"renamed-{Path.GetFileName(export)}"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Modified));
            Assert.That(verdict.Diffs, Does.Contain(new CellDiff { Sheet = sheet, Cell = null, Status = "removed" }));
        }
    }

    [TestCaseSource(nameof(WorkbooksWithSeveralSheets))]
    public async Task ReorderedFoundationSheetsAreModified(string? file)
    {
        var (export, _, _) = Export(file);
        var editor = XlsxEditor.Load(export);
        var foundation = editor.SheetNames().Where(name => name.StartsWith(FoundationPrefix, StringComparison.Ordinal)).ToList();
        var copy = editor.SwapSheets(foundation[0], foundation[1])
            .Save(harness.CopyPath($"reordered-{Path.GetFileName(export)}"));

        var verdict = await harness.VerdictAsync(copy);

        Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Modified));
    }

    [TestCaseSource(nameof(Workbooks))]
    public async Task EditedManifestIsInvalid(string? file)
    {
        var (export, _, _) = Export(file);
        var editor = XlsxEditor.Load(export);
        var part = editor.PartNames.Single(name => name == "customXml/item1.xml");
        var copy = editor.EditText(part, text => text.Replace("<tenantId>", "<tenantId>x", StringComparison.Ordinal))
            .Save(harness.CopyPath($"manifest-{Path.GetFileName(export)}"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.HmacValid, Is.False);
        }
    }

    [TestCaseSource(nameof(Workbooks))]
    public async Task OtherTenantIsRejected(string? file)
    {
        var (export, _, _) = Export(file);

        var outcome = await harness.VerifyAsync(export, tenantId: "t_other");

        Assert.That(outcome.Rejection?.Code, Is.EqualTo(VerificationOutcome.TenantMismatch));
    }

    private static IEnumerable<TestCaseData> Workbooks() =>
        Corpus.Files("xlsx", ".xlsx", ".xlsm").Select(data => ByFileName(data.Arguments[0] as string));

    private static IEnumerable<TestCaseData> WorkbooksWithSeveralSheets() => Corpus.Files("xlsx", ".xlsx", ".xlsm")
        .Select(data => data.Arguments[0] as string)
        .Where(path => path is null || SheetCount(path) >= 2)
        .Select(ByFileName);

    private static TestCaseData ByFileName(string? path)
    {
        var name = path is null ? null : Path.GetFileName(path);

        return new TestCaseData(name).SetArgDisplayNames(name ?? Corpus.UnsetCaseName);
    }

    private static int SheetCount(string path)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(path);

        return archive.Entries.Count(entry => entry.FullName.Contains("worksheets/sheet", StringComparison.OrdinalIgnoreCase)
            && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
    }

    private (string Export, string Resaved, RenderContext Context) Export(string? file)
    {
        Corpus.RequireFile(file);

        return exports[file!];
    }

    /// <summary>
    /// Changes one visible value of the first Foundation sheet that has one, or adds a cell when no sheet has one.
    /// Returns the sheet, the cell and the change that verification must report.
    /// </summary>
    private static (string Sheet, string Reference, string Status) ChangeOneValue(XlsxEditor editor)
    {
        var foundation = editor.SheetNames().Where(name => name.StartsWith(FoundationPrefix, StringComparison.Ordinal));
        foreach (var sheet in foundation)
        {
            var text = editor.ReadText(editor.SheetPart(sheet));
            var number = System.Text.RegularExpressions.Regex.Match(text, "<c r=\"([A-Z]+[0-9]+)\"(?: s=\"\\d+\")?><v>([^<]+)</v></c>");
            if (number.Success)
            {
                editor.SetNumber(sheet, number.Groups[1].Value, ChangeFirstDigit(number.Groups[2].Value));
                return (sheet, number.Groups[1].Value, "modified");
            }

            var inline = System.Text.RegularExpressions.Regex.Match(text, "<c r=\"([A-Z]+[0-9]+)\"[^>]*t=\"inlineStr\"");
            if (inline.Success)
            {
                editor.SetText(sheet, inline.Groups[1].Value, "changed by hand");
                return (sheet, inline.Groups[1].Value, "modified");
            }
        }

        var first = foundation.First();
        var part = editor.SheetPart(first);
        var (_, added) = AddRow(editor.ReadText(part));
        editor.EditText(part, text => AddRow(text).Xml);

        return (first, added, "added");
    }

    private static string ChangeFirstDigit(string value)
    {
        var index = value.IndexOfAny("123456789".ToCharArray());
        if (index < 0)
        {
            return "1";
        }

        var digit = value[index] == '9' ? '1' : (char)(value[index] + 1);

        return value[..index] + digit + value[(index + 1)..];
    }

    /// <summary>Adds a row below the last one with a text cell in column A; returns the XML and the cell.</summary>
    private static (string Xml, string Reference) AddRow(string sheetXml)
    {
        var rows = System.Text.RegularExpressions.Regex.Matches(sheetXml, "<row r=\"(\\d+)\"");
        var row = rows.Count == 0 ? 1 : rows.Max(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) + 1;
        var reference = $"A{row}";
        var xml = $"<row r=\"{row}\"><c r=\"{reference}\" t=\"inlineStr\"><is><t>note</t></is></c></row>";
        var edited = sheetXml.Contains("<sheetData/>", StringComparison.Ordinal)
            ? sheetXml.Replace("<sheetData/>", $"<sheetData>{xml}</sheetData>", StringComparison.Ordinal)
            : sheetXml.Replace("</sheetData>", xml + "</sheetData>", StringComparison.Ordinal);

        return (edited, reference);
    }
}
