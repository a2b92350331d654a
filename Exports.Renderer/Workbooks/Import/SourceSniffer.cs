namespace Exports.Renderer.Workbooks.Import;

/// <summary>Tells the container of an upload from its first bytes, whatever its file name says.</summary>
internal static class SourceSniffer
{
    /// <summary>Number of leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeaderLength = 16;

    private static readonly (byte[] Signature, string FileType)[] KnownBinaries =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable program"),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], "a TIFF image"),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], "a TIFF image"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    private static ReadOnlySpan<byte> Ole2Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Classifies an upload by its first bytes; <paramref name="header"/> may be shorter than usual.</summary>
    public static SourceContainer Detect(ReadOnlySpan<byte> header, out string? fileType)
    {
        fileType = null;
        if (header.IsEmpty)
        {
            return SourceContainer.Empty;
        }

        if (IsZip(header))
        {
            return SourceContainer.Zip;
        }

        if (header.StartsWith(Ole2Signature[..4]))
        {
            return SourceContainer.Ole2;
        }

        foreach (var (signature, name) in KnownBinaries)
        {
            if (header.StartsWith(signature))
            {
                fileType = name;

                return SourceContainer.KnownBinary;
            }
        }

        return SourceContainer.Text;
    }

    private static bool IsZip(ReadOnlySpan<byte> header) =>
        header.Length >= 4
        && header[0] == (byte)'P'
        && header[1] == (byte)'K'
        && (header[2], header[3]) is (3, 4) or (5, 6) or (7, 8);
}
