using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// The text of a cell as CSV and JSON write it: numbers in shortest round-trip invariant form, dates as ISO 8601
/// (<see cref="IsoDateText"/>), booleans <c>TRUE</c>/<c>FALSE</c>, errors as their literal, text as it is.
/// Numbers and dates are right-aligned, as spreadsheet programs show them.
/// </summary>
/// <param name="Column">1-based column number.</param>
/// <param name="Text">Text to draw.</param>
/// <param name="AlignRight">Whether the text is right-aligned.</param>
internal readonly record struct PdfCellText(int Column, string Text, bool AlignRight)
{
    /// <summary>Returns the text of a cell that passed <see cref="ExportCellValues.Guard"/>.</summary>
    public static PdfCellText From(in NormalizedCell cell) => cell.Kind switch
    {
        CellKind.Number => new(cell.Column, NumberText.Format(cell.Number), true),
        CellKind.DateTime => new(cell.Column, IsoDateText.Format(cell.Number) ?? NumberText.Format(cell.Number), true),
        CellKind.Boolean => new(cell.Column, cell.BooleanValue ? "TRUE" : "FALSE", false),
        CellKind.Text or CellKind.Error => new(cell.Column, cell.Text ?? string.Empty, false),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "The cell kind is not defined."),
    };
}
