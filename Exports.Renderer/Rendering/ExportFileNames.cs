using System.Buffers;

namespace Exports.Renderer.Rendering;

/// <summary>Builds file names that are safe on every common file system, for downloads and ZIP entries.</summary>
internal static class ExportFileNames
{
    private const int MaxBaseLength = 120;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("/\\:*?\"<>|");

    private static readonly string[] SourceExtensions = [".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt"];

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Returns the download name of a workbook's export: its name without a spreadsheet extension, plus
    /// <paramref name="extension"/>.
    /// </summary>
    public static string ForWorkbook(string workbookName, string extension)
    {
        var name = workbookName;
        foreach (var sourceExtension in SourceExtensions)
        {
            if (name.Length > sourceExtension.Length && name.EndsWith(sourceExtension, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^sourceExtension.Length];
                break;
            }
        }

        return SanitizeBase(name, "export") + extension;
    }

    /// <summary>
    /// Returns <paramref name="name"/> as a file name without extension: path separators, reserved, control and
    /// invisible formatting characters become <c>_</c>, leading and trailing dots and spaces go, device names such as
    /// <c>CON</c>
    /// get a leading <c>_</c>, and an empty result becomes <paramref name="fallback"/>.
    /// </summary>
    public static string SanitizeBase(string name, string fallback)
    {
        var characters = name.ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            var character = characters[index];
            if (char.IsControl(character) || IsFormatCharacter(character) || Forbidden.Contains(character)
                || IsLoneSurrogate(characters, index))
            {
                characters[index] = '_';
            }
        }

        var cleaned = TextCut.Truncate(new string(characters).Trim(' ', '.'), MaxBaseLength).TrimEnd(' ', '.');
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        var stem = cleaned.Split('.')[0].TrimEnd(' ');

        return ReservedDeviceNames.Contains(stem) ? "_" + cleaned : cleaned;
    }

    /// <summary>
    /// Whether a character is invisible formatting, such as the right-to-left override U+202E, which can make a
    /// name like <c>report\u202Egpj.exe</c> display as something it is not.
    /// </summary>
    private static bool IsFormatCharacter(char character) =>
        char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format;

    private static bool IsLoneSurrogate(char[] characters, int index)
    {
        var character = characters[index];
        if (char.IsHighSurrogate(character))
        {
            return index + 1 >= characters.Length || !char.IsLowSurrogate(characters[index + 1]);
        }

        return char.IsLowSurrogate(character) && (index == 0 || !char.IsHighSurrogate(characters[index - 1]));
    }
}
