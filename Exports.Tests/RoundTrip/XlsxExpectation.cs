using Exports.Renderer.Rendering;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// The XLSX export a source should give, from the independent reading of the source and the documented
/// rules only: values unchanged (dates as the 1900-system serials <see cref="SourceReading"/> gives), no
/// formulas, Excel-safe sheet names and hidden flags kept.
/// </summary>
public static class XlsxExpectation
{
    /// <summary>Excel's limit on the length of a cell's text.</summary>
    public const int MaxTextLength = 32_767;

    private static readonly HashSet<string> ExcelErrors = new(StringComparer.Ordinal)
    {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    };

    /// <summary>Returns the expected export of the source's sheets, all exported in workbook order.</summary>
    public static ExpectedExport For(IReadOnlyList<ReferenceSheet> source)
    {
        var names = ExpectedNames.XlsxSheetNames(source.Select(sheet => sheet.Name));

        // A workbook needs a visible sheet, so when every sheet is hidden the first is shown.
        var madeVisible = source.All(sheet => sheet.Hidden) ? 0 : -1;
        var changes = new HashSet<string>(StringComparer.Ordinal);
        var sheets = source.Select((sheet, index) => new RoundTripSheet(
            names[index],
            sheet.Hidden && index != madeVisible,
            [.. sheet.Cells.Select(cell => Expected(cell, changes))]));

        return new ExpectedExport([.. sheets], changes);
    }

    private static RoundTripCell Expected(ReferenceCell cell, HashSet<string> changes)
    {
        var (type, value) = (cell.Kind, cell.Value);
        if (type is "Number" or "DateTime")
        {
            value = ExportValueRules.NumberText(value);
        }
        else if (type is "Text" or "Error")
        {
            value = ExportValueRules.WithoutLoneSurrogates(value);
        }

        // Deliberate change: Excel repairs a file whose error cell it cannot read, so an unknown literal is text.
        if (type == "Error" && !ExcelErrors.Contains(value))
        {
            type = "Text";
            changes.Add(RenderWarningKinds.UnknownErrorAsText);
        }

        // Deliberate change: text past Excel's cell limit is cut at the limit, never inside a surrogate pair.
        if (type == "Text" && value.Length > MaxTextLength)
        {
            value = ExportValueRules.Cut(value, MaxTextLength);
            changes.Add(RenderWarningKinds.TextTruncated);
        }

        return new RoundTripCell(cell.Row, cell.Column, type, value);
    }
}
