using Microsoft.Extensions.Options;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Rejects <see cref="PdfOptions"/> whose font files are missing, so that a renderer without fonts stops at start
/// with the Debian package to install, not at its first PDF.
/// </summary>
internal sealed class PdfOptionsValidator : IValidateOptions<PdfOptions>
{
    /// <summary>Debian package that installs DejaVu Sans into <see cref="PdfOptions.DefaultMainFontFolder"/>.</summary>
    public const string MainFontPackage = "fonts-dejavu-core";

    /// <summary>Debian package that installs <see cref="PdfOptions.DefaultFallbackFontFile"/>.</summary>
    public const string FallbackFontPackage = "fonts-wqy-microhei";

    public ValidateOptionsResult Validate(string? name, PdfOptions options)
    {
        List<string> failures = [];
        CheckMainFontFolder(failures, options.MainFontFolder);
        CheckFallbackFontFile(failures, options.FallbackFontFile);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMainFontFolder(List<string> failures, string? folder)
    {
        var key = Key(nameof(PdfOptions.MainFontFolder));
        var fix = $"install the Debian package {MainFontPackage}, or set {key} to a folder that contains " +
            $"{PdfFontFiles.MainRegularFileName} and {PdfFontFiles.MainBoldFileName}.";
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            failures.Add($"Configuration key '{key}' names the font folder '{folder}', which does not exist: {fix}");
            return;
        }

        foreach (var fileName in new[] { PdfFontFiles.MainRegularFileName, PdfFontFiles.MainBoldFileName })
        {
            if (!File.Exists(Path.Combine(folder, fileName)))
            {
                failures.Add(
                    $"Configuration key '{key}' names the font folder '{folder}', which has no {fileName}: {fix}");
            }
        }
    }

    private static void CheckFallbackFontFile(List<string> failures, string? file)
    {
        if (!string.IsNullOrWhiteSpace(file) && File.Exists(file))
        {
            return;
        }

        var key = Key(nameof(PdfOptions.FallbackFontFile));
        failures.Add(
            $"Configuration key '{key}' names the font file '{file}', which does not exist: install the Debian " +
            $"package {FallbackFontPackage}, or set {key} to a TrueType font or collection with CJK characters.");
    }

    private static string Key(string optionName) => $"{PdfOptions.SectionName}__{optionName}";
}
