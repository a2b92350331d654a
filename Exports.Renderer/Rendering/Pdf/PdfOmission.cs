using System.Globalization;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>What the page limit left out, for the note on the last page.</summary>
/// <param name="Rows">Rows with values left out, over every sheet.</param>
/// <param name="RowsSheet">Sheet of the first row left out; null when no row was.</param>
/// <param name="FirstRow">Number of the first row left out.</param>
/// <param name="ColumnsSheet">
/// Sheet whose first rows lost the columns that did not fit. This happens when one page per column band of its
/// first rows alone exceeds the limit. Null when no column was left out.
/// </param>
internal sealed record PdfOmission(long Rows, string? RowsSheet, int FirstRow, string? ColumnsSheet)
{
    /// <summary>
    /// Returns the note's two lines, such as <c>Left out to stay within 500 pages: 1,204 rows, from row 2,951 of
    /// 'Foundation - Assets' on.</c> and a line that points to the exports with every row.
    /// </summary>
    public IReadOnlyList<string> Describe(int maxPages)
    {
        var note = string.Create(CultureInfo.InvariantCulture, $"Left out to stay within {maxPages:N0} pages:");
        if (RowsSheet is not null)
        {
            note += string.Create(CultureInfo.InvariantCulture,
                $" {Rows:N0} rows, from row {FirstRow:N0} of '{RowsSheet}' on.");
        }

        if (ColumnsSheet is not null)
        {
            note += $" The columns of '{ColumnsSheet}' that did not fit.";
        }

        return [note, "The XLSX, CSV and JSON exports of the same workbook contain every row."];
    }
}
