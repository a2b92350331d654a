using System.Text.Json;
using Exports.Tests.Support.Readers;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Reads a CSV export written as UTF-8 with a byte order mark (the default encoding), a single file or a ZIP of
/// files, with Python's csv module through <c>read_csv.py</c>. Python reads the archive, decodes and parses, so
/// no .NET code of the product's is involved, and it keeps blank records, so records give row positions.
/// .NET's TextFieldParser would not do: it skips blank lines and drops a lone CR, VT or FF inside a quoted field.
/// </summary>
public static class CsvOutputReader
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Returns the export's files in output order; skips the test when Python is not installed.</summary>
    public static async Task<IReadOnlyList<CsvOutputFile>> ReadAsync(string path)
    {
        ExternalTool.Require(Python, "install Debian's python3 (apt-get install -y python3)");
        var script = Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "Readers", "read_csv.py");

        var output = await ExternalTool.RunAsync(Python, [script, "utf-8-sig", ",", path]);

        using var document = JsonDocument.Parse(output);
        return
        [
            .. document.RootElement.EnumerateArray().Select(file => new CsvOutputFile(
                file.GetProperty("name").GetString(),
                file.GetProperty("bom").GetBoolean(),
                [.. file.GetProperty("records").EnumerateArray().Select(Record)])),
        ];
    }

    private static string[] Record(JsonElement record) =>
        [.. record.EnumerateArray().Select(field => field.GetString()!)];
}
