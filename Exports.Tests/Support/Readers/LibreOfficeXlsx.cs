namespace Exports.Tests.Support.Readers;

/// <summary>
/// Re-saves XLSX files as XLSX with headless LibreOffice Calc (its "Calc MS Excel 2007 XML" filter), every file
/// in one run, as a person who opens a file and saves it again would.
/// </summary>
public static class LibreOfficeXlsx
{
    /// <summary>
    /// Re-saves <paramref name="paths"/> into <paramref name="outputFolder"/> and returns the new files' paths
    /// in the same order; each keeps its file name.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ResaveAsync(IReadOnlyList<string> paths, string outputFolder)
    {
        ExternalTool.Require(
            LibreOfficeCsv.Soffice, "install LibreOffice Calc (apt-get install -y libreoffice-calc-nogui)");
        var profile = Path.Combine(outputFolder, "profile");

        await ExternalTool.RunAsync(
            LibreOfficeCsv.Soffice,
            [
                $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                "--outdir", outputFolder, .. paths,
            ]);

        return [.. paths.Select(path => Path.Combine(outputFolder, Path.GetFileName(path)))];
    }
}
