using DocumentFormat.OpenXml.CustomXmlDataProperties;
using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using Exports.Tests.Workbooks.Import.Reference;
using NormalizedCell = Exports.Renderer.Workbooks.Normalized.NormalizedCell;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>
/// The signed manifest embedded as a Custom XML Part, the hash it states and what the context exposes.
/// </summary>
[TestFixture]
public sealed class XlsxManifestTests
{
    private TemporaryFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public async Task CustomXmlPartHoldsManifest()
    {
        var (path, _) = await ExportAsync(Sample());

        using var package = new XlsxPackage(path);
        var part = EmbeddedManifest.Parts(package).Single();
        var properties = part.CustomXmlPropertiesPart!.DataStoreItem!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(part.Uri.OriginalString, Is.EqualTo("/customXml/item1.xml"));
            Assert.That(part.ContentType, Is.EqualTo("application/xml"));
            Assert.That(part.CustomXmlPropertiesPart.Uri.OriginalString, Is.EqualTo("/customXml/itemProps1.xml"));
            Assert.That(Guid.TryParseExact(properties.ItemId!.Value, "B", out _), Is.True);
            Assert.That(
                properties.SchemaReferences!.Elements<SchemaReference>().Select(reference => reference.Uri!.Value),
                Is.EqualTo(new[] { "urn:exports:provenance:v1" }));
        }
    }

    [Test]
    public async Task EmbeddedManifestVerifies()
    {
        var (path, context) = await ExportAsync(Sample());

        using var package = new XlsxPackage(path);
        var embedded = EmbeddedManifest.Read(package);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(XlsxWriters.Signer.Verify(embedded), Is.True);
            Assert.That(embedded.Hmac, Is.EqualTo(context.Manifest!.Hmac));
            Assert.That(
                ManifestCanonicalForm.GetBytes(embedded), Is.EqualTo(ManifestCanonicalForm.GetBytes(context.Manifest)));
        }
    }

    [Test]
    public async Task ManifestDescribesExport()
    {
        var (path, context) = await ExportAsync(Sample());

        using var package = new XlsxPackage(path);
        var manifest = EmbeddedManifest.Read(package);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.ManifestVersion, Is.EqualTo("cb_hash_v1"));
            Assert.That(manifest.ExportId, Is.EqualTo("export-1"));
            Assert.That(manifest.WorkbookId, Is.EqualTo(context.Workbook.WorkbookId));
            Assert.That(manifest.TenantId, Is.EqualTo(NormalizedWorkbookBuilder.TenantId));
            Assert.That(manifest.HashScope, Is.EqualTo("foundation"));
            Assert.That(manifest.DataHash, Is.EqualTo(context.Hash!.DataHash));
            Assert.That(manifest.CreatedAt, Is.EqualTo("2025-03-04T05:06:07.000Z"));
            Assert.That(manifest.KeyId, Is.EqualTo(XlsxWriters.KeyId));
            Assert.That(manifest.Sheets.Select(sheet => sheet.Index), Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(
                manifest.Sheets.Select(sheet => sheet.Name),
                Is.EqualTo(new[] { "Foundation - Assets", "Foundation - Hidden", "Foundation - Empty" }));
            Assert.That(manifest.Sheets.Select(sheet => sheet.CellCount), Is.EqualTo(new long[] { 20, 6, 0 }));
        }
    }

    [Test]
    public async Task DataHashMatchesFoundationReadBack()
    {
        var (path, _) = await ExportAsync(Sample());

        var expected = ReferenceHash.Of(path, IsFoundation);

        using var package = new XlsxPackage(path);
        var manifest = EmbeddedManifest.Read(package);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.DataHash, Is.EqualTo(expected.DataHash));
            Assert.That(
                manifest.Sheets.Select(sheet => sheet.Hash), Is.EqualTo(expected.Sheets.Select(sheet => sheet.Hash)));
            Assert.That(
                manifest.Sheets.Select(sheet => sheet.Name), Is.EqualTo(expected.Sheets.Select(sheet => sheet.Name)));
        }
    }

    [Test]
    public async Task OptionOffHashesEveryDataSheet()
    {
        var (path, context) = await ExportAsync(Sample(), new RenderOptions { XlsxThreeZone = false });

        var expected = ReferenceHash.Of(path, _ => true);

        using var package = new XlsxPackage(path);
        var manifest = EmbeddedManifest.Read(package);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.HashScope, Is.EqualTo("validated"));
            Assert.That(context.HashScope, Is.EqualTo("validated"));
            Assert.That(manifest.DataHash, Is.EqualTo(expected.DataHash));
            Assert.That(manifest.Sheets.Select(sheet => sheet.Name), Is.EqualTo(new[] { "Assets", "Hidden", "Empty" }));
            Assert.That(XlsxWriters.Signer.Verify(manifest), Is.True);
        }
    }

    [Test]
    public async Task CellDigestsRecordedPerSheet()
    {
        var (path, context) = await ExportAsync(Sample());

        var expected = ReferenceHash.Of(path, IsFoundation);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.CellDigests, Has.Count.EqualTo(3));
            Assert.That(
                context.CellDigests!.Select(digests => digests.ToArray()),
                Is.EqualTo(expected.Sheets.Select(sheet => sheet.CellDigests!.ToArray())));
            Assert.That(context.CellDigests!.Select(CellDigestCount), Is.EqualTo(new long[] { 20, 6, 0 }));
        }
    }

    [Test]
    public async Task ValidatorReportsNoErrors()
    {
        var (zones, _) = await ExportAsync(Sample(), fileName: "zones.xlsx", workspaceMaxCells: 10);
        var (plain, _) = await ExportAsync(Sample(), new RenderOptions { XlsxThreeZone = false }, "plain.xlsx");

        using var zonesPackage = new XlsxPackage(zones);
        using var plainPackage = new XlsxPackage(plain);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zonesPackage.Validate().Select(error => $"{error.Path?.XPath}: {error.Description}"), Is.Empty);
            Assert.That(plainPackage.Validate().Select(error => $"{error.Path?.XPath}: {error.Description}"), Is.Empty);
        }
    }

    [Test]
    public async Task EqualInputGivesEqualBytes()
    {
        var context = await Sample().BuildAsync(folder);

        var first = await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("first.xlsx"));
        var second = await ExportFiles.WriteAsync(XlsxWriters.Create(), context, folder.File("second.xlsx"));

        Assert.That(await File.ReadAllBytesAsync(second), Is.EqualTo(await File.ReadAllBytesAsync(first)));
    }

    [Test]
    public async Task CancelledExportSetsNoManifest()
    {
        var context = await Sample().BuildAsync(folder);

        var write = () => ExportFiles.WriteAsync(
            XlsxWriters.Create(), context, folder.File("out.xlsx"), new CancellationToken(true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(write, Throws.InstanceOf<OperationCanceledException>());
            Assert.That(context.Manifest, Is.Null);
            Assert.That(context.CellDigests, Is.Null);
        }
    }

    private static NormalizedWorkbookBuilder Sample() => new NormalizedWorkbookBuilder()
        .Sheet("Assets", [.. SampleCells.EveryKind(1), .. SampleCells.Grid(4, 3).Select(MoveDownTwoRows)])
        .Sheet("Hidden", SampleCells.Grid(3, 2), hidden: true)
        .Sheet("Empty", []);

    private static NormalizedCell MoveDownTwoRows(NormalizedCell cell) => cell with { Row = cell.Row + 2 };

    private static bool IsFoundation(ReferenceSheet sheet) =>
        sheet.Name.StartsWith("Foundation - ", StringComparison.Ordinal);

    private static long CellDigestCount(CellDigestList digests) => digests.ReadAll().LongCount();

    private Task<(string Path, RenderContext Context)> ExportAsync(
        NormalizedWorkbookBuilder builder, RenderOptions? options = null, string fileName = "out.xlsx",
        long? workspaceMaxCells = null) =>
        ExportFiles.ExportAsync(XlsxWriters.Create(workspaceMaxCells), builder, folder, fileName, options);
}
