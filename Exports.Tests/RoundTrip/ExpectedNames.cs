using System.Globalization;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// The sheet and file names docs/import.md and docs/formats.md promise, worked out apart from the product's code.
/// </summary>
public static class ExpectedNames
{
    private const int MaxSheetNameLength = 31;

    private static readonly char[] CsvImportForbidden = [':', '\\', '/', '?', '*', '[', ']'];

    private static readonly char[] XlsxForbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private static readonly char[] FileNameForbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Returns the sheet name a CSV or TSV import gives: the file name without folder and extension, with
    /// <c>: \ / ? * [ ]</c> replaced by <c>_</c>, apostrophes trimmed and cut to 31 characters; <c>Sheet1</c>
    /// when nothing is left.
    /// </summary>
    public static string CsvSheetName(string path)
    {
        var name = Replace(Path.GetFileNameWithoutExtension(path), CsvImportForbidden).Trim('\'');
        name = ExportValueRules.Cut(name, MaxSheetNameLength).TrimEnd('\'');

        return name.Length == 0 ? "Sheet1" : name;
    }

    /// <summary>
    /// Returns the XLSX sheet names of source sheets in order: <c>[ ] : * ? / \</c> and control characters become
    /// <c>_</c>, apostrophes at either end are dropped, names are cut to 31 characters, an empty name becomes
    /// <c>Sheet</c> and its position, and a repeat ignoring case gets <c> (2)</c>, <c> (3)</c>, cut to fit.
    /// </summary>
    public static IReadOnlyList<string> XlsxSheetNames(IEnumerable<string> sourceNames)
    {
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        return
        [
            .. sourceNames.Select((sourceName, index) =>
            {
                var name = Replace(ExportValueRules.WithoutLoneSurrogates(sourceName), XlsxForbidden).Trim('\'');
                name = ExportValueRules.Cut(name, MaxSheetNameLength).TrimEnd('\'');

                return Unique(name.Length == 0 ? Numbered("Sheet", index) : name, MaxSheetNameLength, usedNames);
            }),
        ];
    }

    /// <summary>
    /// Returns the ZIP entry names of a several-sheet CSV export in order: path separators, control characters
    /// and <c>: * ? " &lt; &gt; |</c> become <c>_</c>, leading and trailing dots and spaces go, device names such
    /// as <c>CON</c> get a leading <c>_</c>, an empty name becomes <c>Sheet</c> and its position, a repeat
    /// ignoring case gets <c> (2)</c>, and every name ends in <c>.csv</c>.
    /// </summary>
    public static IReadOnlyList<string> CsvEntryNames(IEnumerable<string> sheetNames)
    {
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        return
        [
            .. sheetNames.Select((sheetName, index) =>
            {
                var name = Replace(sheetName, FileNameForbidden).Trim(' ', '.');
                if (name.Length == 0)
                {
                    name = Numbered("Sheet", index);
                }
                else if (DeviceNames.Contains(name.Split('.')[0].TrimEnd(' ')))
                {
                    name = "_" + name;
                }

                return Unique(name, int.MaxValue, usedNames) + ".csv";
            }),
        ];
    }

    private static string Replace(string name, char[] forbidden) =>
        new([.. name.Select(character =>
            char.IsControl(character) || forbidden.Contains(character) ? '_' : character)]);

    private static string Numbered(string stem, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{stem}{index + 1}");

    private static string Unique(string name, int maxLength, HashSet<string> usedNames)
    {
        var candidate = name;
        for (var number = 2; !usedNames.Add(candidate); number++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({number})");
            candidate = ExportValueRules.Cut(name, maxLength - suffix.Length) + suffix;
        }

        return candidate;
    }
}
