using System.Text.Json;

namespace Exports.Tests.Support.Readers;

/// <summary>Reads XLSX files with openpyxl through <c>read_xlsx.py</c>, many files in one Python run.</summary>
public static class OpenPyxlWorkbooks
{
    /// <summary>Debian's Python, the only one that can import the <c>python3-openpyxl</c> package.</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>Returns each file's sheets as openpyxl read them, keyed by path.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> ReadAsync(IEnumerable<string> paths)
    {
        ExternalTool.Require(Python, "install Debian's python3-openpyxl (apt-get install -y python3-openpyxl)");
        var script = Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "Readers", "read_xlsx.py");

        var output = await ExternalTool.RunAsync(Python, [script, .. paths]);

        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateObject().ToDictionary(entry => entry.Name, entry => entry.Value.Clone());
    }

    /// <summary>Returns the sheet of a given name from a file's result.</summary>
    public static JsonElement Sheet(JsonElement workbook, string name) =>
        workbook.EnumerateArray().Single(sheet => sheet.GetProperty("name").GetString() == name);

    /// <summary>Returns a cell's entry (type, value, format), or null when openpyxl read no value there.</summary>
    public static JsonElement? Cell(JsonElement sheet, string reference) =>
        sheet.GetProperty("cells").TryGetProperty(reference, out var cell) ? cell : null;
}
