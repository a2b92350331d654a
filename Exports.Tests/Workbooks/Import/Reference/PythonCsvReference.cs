using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>
/// Reads delimited text with Python's <c>csv</c> module (Debian's <c>/usr/bin/python3</c>), the reference for
/// files whose quoting <see cref="TextFieldParserReference"/> rejects. Like Excel, it keeps the characters
/// after a closing quote instead of failing. Unlike TextFieldParser it keeps blank records, which are
/// dropped here so both references compare alike.
/// </summary>
public static class PythonCsvReference
{
    private const string Interpreter = "/usr/bin/python3";

    private const string Script =
        "import csv, io, json, sys\n" +
        "csv.field_size_limit(sys.maxsize)\n" +
        "text = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')\n" +
        "json.dump(list(csv.reader(text, delimiter=sys.argv[1])), sys.stdout)\n";

    /// <summary>Returns whether the interpreter exists on this machine.</summary>
    public static bool IsAvailable => File.Exists(Interpreter);

    /// <summary>Reads the records of already decoded text.</summary>
    public static List<string[]> Read(string text, char delimiter)
    {
        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(delimiter.ToString());

        using var process = Process.Start(start)!;
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        return JsonSerializer.Deserialize<List<string[]>>(output)!;
    }
}
