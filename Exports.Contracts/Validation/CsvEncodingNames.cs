namespace Exports.Contracts.Validation;

/// <summary>
/// Text encodings a CSV export can be written in, with their aliases. Names compare case-insensitively and
/// normalise to the first name of each entry.
/// </summary>
public static class CsvEncodingNames
{
    /// <summary>UTF-8 with a byte order mark, the default, which Excel needs to read UTF-8.</summary>
    public const string Utf8WithBom = "utf-8-sig";

    /// <summary>UTF-8 without a byte order mark.</summary>
    public const string Utf8 = "utf-8";

    /// <summary>UTF-16 little-endian with a byte order mark.</summary>
    public const string Utf16 = "utf-16";

    /// <summary>UTF-16 little-endian without a byte order mark.</summary>
    public const string Utf16LittleEndian = "utf-16-le";

    /// <summary>UTF-16 big-endian without a byte order mark.</summary>
    public const string Utf16BigEndian = "utf-16-be";

    /// <summary>Windows code page 1252, which has the euro sign at 0x80.</summary>
    public const string Windows1252 = "windows-1252";

    /// <summary>
    /// ISO 8859-1 (Latin-1), which maps bytes 0x80 to 0x9F to C1 control characters and has no euro sign.
    /// </summary>
    public const string Latin1 = "iso-8859-1";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [Utf8WithBom] = Utf8WithBom,
        [Utf8] = Utf8,
        [Utf16] = Utf16,
        [Utf16LittleEndian] = Utf16LittleEndian,
        [Utf16BigEndian] = Utf16BigEndian,
        [Windows1252] = Windows1252,
        ["cp1252"] = Windows1252,
        [Latin1] = Latin1,
        ["latin-1"] = Latin1,
    };

    /// <summary>The accepted names in words, for error messages.</summary>
    public static string Description =>
        "utf-8-sig, utf-8, utf-16, utf-16-le, utf-16-be, windows-1252 (cp1252) or iso-8859-1 (latin-1)";

    /// <summary>Maps a name or alias to its canonical name; returns false for an unknown encoding.</summary>
    public static bool TryNormalize(string? name, out string canonicalName)
    {
        canonicalName = Utf8WithBom;
        if (name is null)
        {
            return true;
        }

        if (!Aliases.TryGetValue(name, out var found))
        {
            return false;
        }

        canonicalName = found;

        return true;
    }
}
