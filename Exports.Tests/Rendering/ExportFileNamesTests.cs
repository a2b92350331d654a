using Exports.Renderer.Rendering;

namespace Exports.Tests.Rendering;

[TestFixture]
public sealed class ExportFileNamesTests
{
    [TestCase("Budget.xlsx", ".csv", "Budget.csv")]
    [TestCase("report\u202Egpj.exe.xlsx", ".xlsx", "report_gpj.exe.xlsx")]
    [TestCase("a\u200Bb.csv", ".json", "a_b.json")]
    [TestCase("../../etc/passwd", ".csv", "_.._etc_passwd.csv")]
    [TestCase("CON.xlsx", ".xlsx", "_CON.xlsx")]
    [TestCase("...", ".xlsx", "export.xlsx")]
    public void WorkbookNameBecomesSafeFileName(string workbookName, string extension, string expected)
    {
        var name = ExportFileNames.ForWorkbook(workbookName, extension);

        Assert.That(name, Is.EqualTo(expected));
    }
}
