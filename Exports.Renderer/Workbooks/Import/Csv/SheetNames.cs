namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>Makes a valid worksheet name from an uploaded file's name.</summary>
internal static class SheetNames
{
    /// <summary>Longest sheet name Excel accepts.</summary>
    public const int MaxLength = 31;

    /// <summary>Name used when nothing of the file name is left.</summary>
    public const string Fallback = "Sheet1";

    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    /// <summary>
    /// Returns the file name without folder and extension, with the characters Excel forbids in sheet names
    /// replaced by '_', leading and trailing apostrophes removed, and cut to 31 characters.
    /// </summary>
    public static string FromFileName(string fileName)
    {
        var baseName = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        var cleaned = new string([.. baseName.Select(character =>
            Forbidden.Contains(character) || char.IsControl(character) ? '_' : character)]);
        cleaned = cleaned.Trim().Trim('\'');
        if (cleaned.Length > MaxLength)
        {
            var length = char.IsHighSurrogate(cleaned[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            cleaned = cleaned[..length].TrimEnd('\'');
        }

        return cleaned.Length == 0 ? Fallback : cleaned;
    }
}
