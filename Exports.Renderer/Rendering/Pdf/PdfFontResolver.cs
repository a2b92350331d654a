using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// The font resolver of the process. PDFsharp reads every font through one global resolver
/// (<see cref="GlobalFontSettings.FontResolver"/>) and finds none on Linux without it, so each set of font files
/// registers a family here under a name that contains its paths. Face names are the font files' full paths.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly PdfFontResolver Shared = new();
    private static readonly Lock InstallLock = new();

    private readonly ConcurrentDictionary<string, (string Regular, string? Bold)> families =
        new(StringComparer.Ordinal);

    /// <summary>
    /// Registers a family drawn from <paramref name="regularFile"/>, and from <paramref name="boldFile"/> when bold
    /// (PDFsharp simulates bold when it is null), and installs the resolver when it is not installed yet.
    /// </summary>
    public static void Register(string familyName, string regularFile, string? boldFile)
    {
        Shared.families[familyName] = (regularFile, boldFile);
        lock (InstallLock)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Shared))
            {
                GlobalFontSettings.FontResolver = Shared;
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!families.TryGetValue(familyName, out var family))
        {
            return null;
        }

        return bold && family.Bold is { } boldFile
            ? new FontResolverInfo(boldFile, false, italic)
            : new FontResolverInfo(family.Regular, bold, italic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => TrueTypeCollection.ExtractFont(File.ReadAllBytes(faceName), 0);
}
