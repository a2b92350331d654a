namespace Exports.Tests.Support.Readers;

/// <summary>
/// Reads PDF files with poppler-utils and qpdf run as processes, so the checks share no code with PDFsharp.
/// Tests that use them are skipped, with the package to install, where a tool is missing.
/// </summary>
public static class PdfTools
{
    /// <summary>poppler's text extractor.</summary>
    public const string PdfToText = "/usr/bin/pdftotext";

    /// <summary>poppler's document information reader.</summary>
    public const string PdfInfo = "/usr/bin/pdfinfo";

    /// <summary>poppler's font lister.</summary>
    public const string PdfFonts = "/usr/bin/pdffonts";

    /// <summary>qpdf, which checks structure and stream encoding.</summary>
    public const string Qpdf = "/usr/bin/qpdf";

    private const string PopplerHint = "install Debian's poppler-utils (apt-get install -y poppler-utils)";

    /// <summary>
    /// Returns the text of each page as <c>pdftotext -layout</c> extracts it, one line per table row.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(string path)
    {
        ExternalTool.Require(PdfToText, PopplerHint);
        var text = await ExternalTool.RunAsync(PdfToText, ["-layout", "-enc", "UTF-8", path, "-"]);

        // pdftotext ends every page with a form feed, the last one included.
        var pages = text.Split('\f');

        return pages[..^1];
    }

    /// <summary>Returns the text of every page as one string.</summary>
    public static async Task<string> TextAsync(string path) => string.Join("\f", await PagesAsync(path));

    /// <summary>
    /// Returns the fields <c>pdfinfo</c> prints, such as <c>Pages</c> and <c>Encrypted</c>; pass <c>-custom</c>
    /// to list every entry of the document information, <c>-isodates</c> for ISO dates.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> InfoAsync(string path, params string[] options)
    {
        var output = await InfoTextAsync(path, options);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return fields;
    }

    /// <summary>Returns what <c>pdfinfo</c> prints, for values that span lines, such as an XML entry.</summary>
    public static Task<string> InfoTextAsync(string path, params string[] options)
    {
        ExternalTool.Require(PdfInfo, PopplerHint);

        return ExternalTool.RunAsync(PdfInfo, [.. options, path]);
    }

    /// <summary>Returns the rows <c>pdffonts</c> prints: name, type, encoding, embedded, subset, unicode.</summary>
    public static async Task<IReadOnlyList<string>> FontsAsync(string path)
    {
        ExternalTool.Require(PdfFonts, PopplerHint);
        var output = await ExternalTool.RunAsync(PdfFonts, [path]);

        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
    }

    /// <summary>Runs <c>qpdf --check</c> with <paramref name="options"/>; returns its exit code and messages.</summary>
    public static async Task<(int ExitCode, string Output)> CheckAsync(string path, params string[] options)
    {
        ExternalTool.Require(Qpdf, "install Debian's qpdf (apt-get install -y qpdf)");
        var (exitCode, output, errors) = await ExternalTool.RunForExitCodeAsync(Qpdf, [.. options, "--check", path]);

        return (exitCode, output + errors);
    }

    /// <summary>
    /// Rewrites the file with every stream decoded (<c>qpdf --decode-level=all --stream-data=uncompress</c>), so
    /// qpdf inflates font files too, and returns the exit code and messages.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> DecodeAllAsync(string path, string outputPath)
    {
        ExternalTool.Require(Qpdf, "install Debian's qpdf (apt-get install -y qpdf)");
        var (exitCode, output, errors) = await ExternalTool.RunForExitCodeAsync(
            Qpdf, ["--decode-level=all", "--stream-data=uncompress", "--decrypt", path, outputPath]);

        return (exitCode, output + errors);
    }
}
