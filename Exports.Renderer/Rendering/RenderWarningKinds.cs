namespace Exports.Renderer.Rendering;

/// <summary>Kinds passed to <see cref="RenderWarnings.Add"/>; each names one deliberate change of a value.</summary>
public static class RenderWarningKinds
{
    /// <summary>A string longer than Excel's 32,767-character cell limit was cut to that limit in XLSX.</summary>
    public const string TextTruncated = "text_truncated";

    /// <summary>A CSV text cell that a spreadsheet program would run as a formula got a leading apostrophe.</summary>
    public const string CsvFormulaNeutralized = "csv_formula_neutralized";

    /// <summary>An error literal Excel does not know was written to XLSX as text.</summary>
    public const string UnknownErrorAsText = "unknown_error_as_text";
}
