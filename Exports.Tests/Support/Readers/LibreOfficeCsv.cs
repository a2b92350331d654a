namespace Exports.Tests.Support.Readers;

/// <summary>
/// Converts XLSX files to UTF-8 CSV with headless LibreOffice, every sheet of every file in one run because
/// LibreOffice starts slowly. Each sheet becomes <c>NAME-SHEET.csv</c> showing values as Calc displays them.
/// </summary>
public static class LibreOfficeCsv
{
    /// <summary>LibreOffice's launcher.</summary>
    public const string Soffice = "/usr/bin/soffice";

    // Comma, double quote, UTF-8, start at line 1, no column types, English, quote text, detect numbers,
    // then the last token -1 writes every sheet to its own file.
    private const string Filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1";

    /// <summary>
    /// Converts <paramref name="paths"/> into <paramref name="outputFolder"/> and returns the CSV text per file
    /// name without extension and sheet.
    /// </summary>
    public static async Task<IReadOnlyDictionary<(string File, string Sheet), string>> ConvertAsync(
        IReadOnlyList<string> paths, string outputFolder)
    {
        ExternalTool.Require(Soffice, "install LibreOffice Calc (apt-get install -y libreoffice-calc-nogui)");
        var profile = Path.Combine(outputFolder, "profile");

        await ExternalTool.RunAsync(
            Soffice,
            [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", Filter, "--outdir", outputFolder, .. paths]);

        var results = new Dictionary<(string, string), string>();
        foreach (var path in paths)
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            foreach (var csv in Directory.EnumerateFiles(outputFolder, stem + "-*.csv"))
            {
                var sheet = Path.GetFileNameWithoutExtension(csv)[(stem.Length + 1)..];
                results[(stem, sheet)] = await File.ReadAllTextAsync(csv);
            }
        }

        return results;
    }
}
