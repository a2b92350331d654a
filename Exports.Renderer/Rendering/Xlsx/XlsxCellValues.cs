using System.Globalization;
using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Changes the values XLSX cannot hold as they are, each with a warning: text past 32,767 characters is cut
/// at that limit, and an error literal Excel does not know becomes text, since Excel repairs a file whose
/// error cell it cannot read.
/// </summary>
internal static class XlsxCellValues
{
    private static readonly HashSet<string> ErrorLiterals = new(StringComparer.Ordinal)
    {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    };

    /// <summary>Returns the cell as XLSX writes it, recording a warning for each change.</summary>
    public static NormalizedCell Prepare(in NormalizedCell cell, string sheetName, RenderWarnings warnings)
    {
        var prepared = cell;
        if (prepared.Kind is CellKind.Error && !ErrorLiterals.Contains(prepared.Text ?? string.Empty))
        {
            warnings.Add(
                RenderWarningKinds.UnknownErrorAsText,
                $"Sheet '{sheetName}' cell {Reference(cell)}: "
                + "an error value Excel does not know was written as text.");
            prepared = prepared with { Kind = CellKind.Text };
        }

        if (prepared.Kind is CellKind.Text && prepared.Text!.Length > XlsxLimits.MaxTextLength)
        {
            warnings.Add(
                RenderWarningKinds.TextTruncated,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Sheet '{sheetName}' cell {Reference(cell)}: text of {prepared.Text.Length:N0} characters "
                    + $"was cut to Excel's limit of {XlsxLimits.MaxTextLength:N0}."));
            prepared = prepared with { Text = TextCut.Truncate(prepared.Text, XlsxLimits.MaxTextLength) };
        }

        return prepared;
    }

    private static string Reference(in NormalizedCell cell) => A1Reference.Format(cell.Row, cell.Column);
}
