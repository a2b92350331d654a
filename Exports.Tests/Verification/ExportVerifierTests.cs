using System.IO.Compression;
using Exports.Contracts;
using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Rendering;
using Exports.Renderer.Verification;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.XlsxEditing;

namespace Exports.Tests.Verification;

/// <summary>
/// Verification of exported copies of the sample workbook, each case editing the file at the XML level so that
/// exactly one thing changes.
/// </summary>
[TestFixture]
public sealed class ExportVerifierTests
{
    private const string Budget = "Foundation - Budget";
    private const string Staff = "Foundation - Staff";

    private VerificationHarness harness = null!;
    private string exported = null!;
    private RenderContext context = null!;

    [SetUp]
    public async Task ExportAsync()
    {
        harness = new VerificationHarness();
        (exported, context) = await harness.ExportFileAsync(RepositoryPaths.SampleWorkbook);
    }

    [TearDown]
    public void Dispose() => harness.Dispose();

    [Test]
    public async Task ExportVerifiesOriginal()
    {
        var verdict = await harness.VerdictAsync(exported);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.HmacValid, Is.True);
            Assert.That(verdict.ExportId, Is.EqualTo(context.ExportId));
            Assert.That(verdict.WorkbookId, Is.EqualTo(context.Workbook.WorkbookId));
            Assert.That(verdict.TenantId, Is.EqualTo(VerificationHarness.TenantId));
            Assert.That(verdict.DataHash, Is.EqualTo(context.Hash!.DataHash));
            Assert.That(verdict.ExpectedHash, Is.EqualTo(context.Hash.DataHash));
            Assert.That(verdict.ManifestVersion, Is.EqualTo("cb_hash_v1"));
            Assert.That(verdict.HashScope, Is.EqualTo("foundation"));
            Assert.That(verdict.Diffs, Is.Empty);
        }
    }

    [Test]
    public async Task ChangedDigitIsNamed()
    {
        var copy = XlsxEditor.Load(exported).SetNumber(Budget, "C2", "125001.5").Save(harness.CopyPath("digit.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Modified));
            Assert.That(verdict.HmacValid, Is.True);
            Assert.That(verdict.DataHash, Is.Not.EqualTo(verdict.ExpectedHash));
            Assert.That(verdict.Diffs, Is.EqualTo(new[] { Diff(Budget, "C2", "modified") }));
            Assert.That(verdict.DiffsTruncated, Is.False);
        }
    }

    [Test]
    public async Task ChangedTextIsNamed()
    {
        var copy = XlsxEditor.Load(exported).SetText(Staff, "A3", "Kenji W.").Save(harness.CopyPath("text.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        Assert.That(verdict.Diffs, Is.EqualTo(new[] { Diff(Staff, "A3", "modified") }));
    }

    [Test]
    public async Task AddedAndRemovedCellsAreNamed()
    {
        var editor = XlsxEditor.Load(exported);
        var part = editor.SheetPart(Budget);
        var lastCellOfRow2 = editor.CellXml(Budget, "E2")!;
        var copy = editor
            .EditText(part, text => RemoveCell(text, "C3"))
            .EditText(part, text => text.Replace(
                lastCellOfRow2, lastCellOfRow2 + "<c r=\"F2\" t=\"inlineStr\"><is><t>x</t></is></c>", StringComparison.Ordinal))
            .Save(harness.CopyPath("added.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        Assert.That(verdict.Diffs, Is.EqualTo(new[] { Diff(Budget, "F2", "added"), Diff(Budget, "C3", "removed") }));
    }

    [Test]
    public async Task WorkspaceEditChangesNothing()
    {
        var copy = XlsxEditor.Load(exported).SetNumber("Workspace - Budget", "C2", "1").Save(harness.CopyPath("ws.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.Diffs, Is.Empty);
        }
    }

    [Test]
    public async Task RenamedSheetIsModified()
    {
        var copy = XlsxEditor.Load(exported).RenameSheet(Staff, "Foundation - People").Save(harness.CopyPath("rename.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Modified));
            Assert.That(verdict.Diffs, Does.Contain(new CellDiff { Sheet = Staff, Cell = null, Status = "removed" }));
            Assert.That(verdict.Diffs, Does.Contain(new CellDiff { Sheet = "Foundation - People", Cell = null, Status = "added" }));
        }
    }

    [Test]
    public async Task ReorderedSheetsAreModified()
    {
        var copy = XlsxEditor.Load(exported).SwapSheets(Budget, Staff).Save(harness.CopyPath("order.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Modified));
            Assert.That(verdict.Diffs, Does.Contain(new CellDiff { Sheet = Budget, Cell = null, Status = "modified" }));
            Assert.That(verdict.Diffs, Does.Contain(new CellDiff { Sheet = Staff, Cell = null, Status = "modified" }));
        }
    }

    [TestCase("tenantId", "t_other")]
    [TestCase("exportId", "exp_aaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("dataHash", "sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("hashScope", "validated")]
    public async Task EditedManifestFieldIsInvalid(string element, string value)
    {
        var copy = EditManifest(text => ReplaceElement(text, element, value), $"{element}.xlsx");

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.HmacValid, Is.False);
            Assert.That(verdict.ExportId, Is.Null);
            Assert.That(verdict.TenantId, Is.Null);
            Assert.That(verdict.WorkbookId, Is.Null);
        }
    }

    [Test]
    public async Task UnreadableManifestIsInvalid()
    {
        var copy = EditManifest(text => text.Replace("</manifest>", string.Empty, StringComparison.Ordinal), "broken.xlsx");

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.ExportId, Is.Null);
        }
    }

    [TestCase("not xml at all <<<")]
    [TestCase("<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY x \"y\">]><manifest xmlns=\"urn:exports:provenance:v1\">&x;</manifest>")]
    public async Task DamagedManifestPartIsInvalid(string content)
    {
        var editor = XlsxEditor.Load(exported);
        var part = editor.PartNames.Single(name => name == "customXml/item1.xml");
        var text = content.Contains("urn:exports", StringComparison.Ordinal)
            ? content
            : content + "<!-- urn:exports:provenance:v1 -->";
        var copy = editor.EditText(part, _ => text).Save(harness.CopyPath("damaged.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.ExportId, Is.Null);
        }
    }

    [Test]
    public async Task OtherTenantIsRejected()
    {
        var outcome = await harness.VerifyAsync(exported, tenantId: "t_other");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict, Is.Null);
            Assert.That(outcome.Rejection?.Code, Is.EqualTo(VerificationOutcome.TenantMismatch));
        }
    }

    [Test]
    public async Task StrippedManifestMatchesRecord()
    {
        var copy = XlsxEditor.Load(exported)
            .RemoveParts(name => name.StartsWith("customXml/", StringComparison.Ordinal))
            .Save(harness.CopyPath("stripped.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(verdict.HmacValid, Is.Null);
            Assert.That(verdict.ExportId, Is.EqualTo(context.ExportId));
            Assert.That(verdict.DataHash, Is.EqualTo(context.Hash!.DataHash));
        }
    }

    [Test]
    public async Task StrippedAndChangedIsUnknown()
    {
        var copy = XlsxEditor.Load(exported)
            .RemoveParts(name => name.StartsWith("customXml/", StringComparison.Ordinal))
            .SetNumber(Budget, "C2", "125001.5")
            .Save(harness.CopyPath("unknown.xlsx"));

        var verdict = await harness.VerdictAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Unknown));
            Assert.That(verdict.ExportId, Is.Null);
            Assert.That(verdict.HmacValid, Is.Null);
        }
    }

    [Test]
    public async Task StrippedForOtherTenantIsUnknown()
    {
        var copy = XlsxEditor.Load(exported)
            .RemoveParts(name => name.StartsWith("customXml/", StringComparison.Ordinal))
            .Save(harness.CopyPath("stripped.xlsx"));

        var verdict = await harness.VerdictAsync(copy, tenantId: "t_other");

        Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.Unknown));
    }

    [Test]
    public async Task MissingRecordIsInvalid()
    {
        await harness.Records.DeleteAsync(VerificationHarness.TenantId, context.ExportId, CancellationToken.None);

        var verdict = await harness.VerdictAsync(exported);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
            Assert.That(verdict.HmacValid, Is.True);
        }
    }

    [Test]
    public async Task RotatedKeyStillVerifies()
    {
        var rotated = new ProvenanceKeyRing(
            new Dictionary<string, byte[]>
            {
                ["next-key"] = Enumerable.Repeat((byte)7, 32).ToArray(),
                [XlsxWriters.KeyId] = Enumerable.Repeat((byte)0x2A, 32).ToArray(),
            },
            "next-key");

        var outcome = await harness.VerifyAsync(exported, keys: rotated);

        Assert.That(outcome.Verdict?.Status, Is.EqualTo(VerificationStatus.Original));
    }

    [Test]
    public async Task RemovedKeyIsInvalid()
    {
        var other = new ProvenanceKeyRing(new Dictionary<string, byte[]> { ["k"] = new byte[32] }, "k");

        var outcome = await harness.VerifyAsync(exported, keys: other);

        Assert.That(outcome.Verdict?.Status, Is.EqualTo(VerificationStatus.InvalidProvenance));
    }

    [Test]
    public async Task DiffsAreCutAtLimit()
    {
        var copy = XlsxEditor.Load(exported)
            .SetNumber(Budget, "C2", "1").SetNumber(Budget, "C3", "2").SetNumber(Budget, "C4", "3")
            .Save(harness.CopyPath("many.xlsx"));

        var outcome = await harness.VerifyAsync(copy, maxDiffs: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict?.Diffs, Has.Count.EqualTo(2));
            Assert.That(outcome.Verdict?.DiffsTruncated, Is.True);
        }
    }

    [Test]
    public async Task SingleZoneExportVerifiesOriginal()
    {
        var (plain, _) = await harness.ExportFileAsync(RepositoryPaths.SampleWorkbook, new RenderOptions { XlsxThreeZone = false });
        var changed = XlsxEditor.Load(plain).SetNumber("Budget", "C2", "125001.5").Save(harness.CopyPath("plain.xlsx"));

        var original = await harness.VerdictAsync(plain);
        var modified = await harness.VerdictAsync(changed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(original.Status, Is.EqualTo(VerificationStatus.Original));
            Assert.That(original.HashScope, Is.EqualTo("validated"));
            Assert.That(modified.Diffs, Is.EqualTo(new[] { Diff("Budget", "C2", "modified") }));
        }
    }

    [Test]
    public async Task CellPastExcelLimitIsRejected()
    {
        var editor = XlsxEditor.Load(exported);
        var lastCellOfRow2 = editor.CellXml(Budget, "E2")!;
        var copy = editor
            .EditText(editor.SheetPart(Budget), text => text.Replace(
                lastCellOfRow2, lastCellOfRow2 + "<c r=\"XFE2\"><v>1</v></c>", StringComparison.Ordinal))
            .Save(harness.CopyPath("wide.xlsx"));

        var outcome = await harness.VerifyAsync(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Verdict, Is.Null);
            Assert.That(outcome.Rejection?.Code, Is.EqualTo(VerificationOutcome.NotXlsx));
        }
    }

    [Test]
    public async Task TextFileIsRejected()
    {
        var path = harness.CopyPath("notes.xlsx");
        await File.WriteAllTextAsync(path, "just text");

        var outcome = await harness.VerifyAsync(path);

        Assert.That(outcome.Rejection?.Code, Is.EqualTo(VerificationOutcome.NotXlsx));
    }

    [Test]
    public async Task ZipWithoutWorkbookIsRejected()
    {
        var path = harness.CopyPath("other.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            await using var entry = archive.CreateEntry("readme.txt").Open();
            entry.Write("hello"u8);
        }

        var outcome = await harness.VerifyAsync(path);

        Assert.That(outcome.Rejection?.Code, Is.EqualTo(VerificationOutcome.NotXlsx));
    }

    private string EditManifest(Func<string, string> edit, string name)
    {
        var editor = XlsxEditor.Load(exported);
        var part = editor.PartNames.Single(part => part.StartsWith("customXml/item", StringComparison.Ordinal)
            && !part.Contains("Props", StringComparison.Ordinal));

        return editor.EditText(part, edit).Save(harness.CopyPath(name));
    }

    private static string ReplaceElement(string xml, string element, string value) =>
        System.Text.RegularExpressions.Regex.Replace(xml, $"<{element}>[^<]*</{element}>", $"<{element}>{value}</{element}>");

    private static string RemoveCell(string xml, string reference) =>
        System.Text.RegularExpressions.Regex.Replace(xml, $"<c r=\"{reference}\"(?:[^>]*/>|[^>]*>.*?</c>)", string.Empty);

    private static CellDiff Diff(string sheet, string? cell, string status) => new() { Sheet = sheet, Cell = cell, Status = status };
}
