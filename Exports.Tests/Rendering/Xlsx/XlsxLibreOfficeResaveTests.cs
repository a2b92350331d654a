using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Provenance.Manifests;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>
/// Opens a three-zone export in headless LibreOffice Calc, saves it again as XLSX, and checks what survives:
/// the manifest, the Foundation values under their hash, the protection and the Workspace formulas.
/// </summary>
[TestFixture]
public sealed class XlsxLibreOfficeResaveTests
{
    private TemporaryFolder folder = null!;
    private ProvenanceManifest original = null!;
    private string resaved = null!;

    [OneTimeSetUp]
    public async Task ResaveFixtureAsync()
    {
        folder = new TemporaryFolder();
        var paths = await XlsxReaderFixtures.WriteAsync(folder);
        using (var package = new XlsxPackage(paths[0]))
        {
            original = EmbeddedManifest.Read(package);
        }

        resaved = (await LibreOfficeXlsx.ResaveAsync([paths[0]], Path.Combine(folder.Path, "resaved")))[0];
    }

    [OneTimeTearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void ResaveKeepsManifestPart()
    {
        var entries = EmbeddedManifest.ReadEntries(resaved);

        var (entry, manifest) = entries.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry, Is.EqualTo("customXml/item1.xml"));
            Assert.That(ManifestCanonicalForm.GetBytes(manifest), Is.EqualTo(ManifestCanonicalForm.GetBytes(original)));
            Assert.That(manifest.Hmac, Is.EqualTo(original.Hmac));
            Assert.That(XlsxWriters.Signer.Verify(manifest), Is.True);
        }
    }

    // LibreOffice 7.4 keeps the part, its properties and their content types, but not the workbook's
    // relationship to the part, so verification has to look for the part by its name and root element.
    [Test]
    public void ResaveDropsWorkbookRelationship()
    {
        using var package = new XlsxPackage(resaved);

        var parts = package.WorkbookPart.CustomXmlParts;

        Assert.That(parts, Is.Empty);
    }

    [Test]
    public void ResaveKeepsFoundationHash()
    {
        var sheets = OpenXmlSdkReference.Read(resaved);

        var hash = ReferenceHash.Of(
            sheets.Where(sheet => sheet.Name.StartsWith("Foundation - ", StringComparison.Ordinal)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hash.DataHash, Is.EqualTo(original.DataHash));
            Assert.That(
                hash.Sheets.Select(sheet => sheet.Hash), Is.EqualTo(original.Sheets.Select(sheet => sheet.Hash)));
        }
    }

    [Test]
    public void ResaveKeepsSheetOrderAndNames()
    {
        using var package = new XlsxPackage(resaved);

        Assert.That(package.SheetNames, Is.EqualTo(new[]
        {
            "Foundation - Values", "Foundation - Hidden_ 1_2",
            "Workspace - Values", "Workspace - Hidden_ 1_2",
            "Control",
        }));
    }

    [Test]
    public void ResaveKeepsProtection()
    {
        using var package = new XlsxPackage(resaved);

        using (Assert.EnterMultipleScope())
        {
            foreach (var name in new[] { "Foundation - Values", "Foundation - Hidden_ 1_2", "Control" })
            {
                Assert.That(package.Worksheet(name).GetFirstChild<SheetProtection>()?.Sheet?.Value, Is.True, name);
            }

            Assert.That(package.Worksheet("Workspace - Values").GetFirstChild<SheetProtection>(), Is.Null);
        }
    }

    [Test]
    public void ResaveKeepsWorkspaceFormulas()
    {
        using var package = new XlsxPackage(resaved);

        var formulas = package.Cells("Workspace - Values")
            .ToDictionary(cell => cell.CellReference!.Value!, cell => cell.CellFormula?.Text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(formulas["A1"], Is.EqualTo("'Foundation - Values'!A1"));
            Assert.That(formulas["B2"], Is.EqualTo("'Foundation - Values'!B2"));
            Assert.That(formulas["A4"], Is.EqualTo("'Foundation - Values'!A4"));
        }
    }
}
