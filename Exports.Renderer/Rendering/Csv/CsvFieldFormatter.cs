using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Turns cells into CSV field text: numbers in shortest round-trip invariant form, dates as ISO 8601
/// (<see cref="IsoDateText"/>), booleans <c>TRUE</c>/<c>FALSE</c>, errors as their literal and text as it
/// is, after <see cref="CsvFormulaGuard"/>. A character the encoding lacks fails the export.
/// </summary>
internal sealed class CsvFieldFormatter(RenderContext context, CsvTextEncoding encoding)
{
    /// <summary>Returns the cell as written (text may gain a prefix) and its field text.</summary>
    public (NormalizedCell Written, string Field) Format(in NormalizedCell cell, string sheetName)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                return (cell, NumberText.Format(cell.Number));
            case CellKind.DateTime:
                return (cell, IsoDateText.Format(cell.Number) ?? NumberText.Format(cell.Number));
            case CellKind.Boolean:
                return (cell, cell.BooleanValue ? "TRUE" : "FALSE");
            case CellKind.Error:
                EnsureRepresentable(cell, sheetName);
                return (cell, cell.Text!);
            case CellKind.Text:
                var written = Neutralize(cell, sheetName);
                EnsureRepresentable(written, sheetName);
                return (written, written.Text!);
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "The cell kind is not defined.");
        }
    }

    private NormalizedCell Neutralize(in NormalizedCell cell, string sheetName)
    {
        if (!CsvFormulaGuard.NeedsPrefix(cell.Text!))
        {
            return cell;
        }

        context.Warnings.Add(
            RenderWarningKinds.CsvFormulaNeutralized,
            $"Sheet '{sheetName}' cell {A1Reference.FormatUnbounded(cell.Row, cell.Column)}: "
            + "text that a spreadsheet would run as a formula got a leading apostrophe.");

        return cell with { Text = CsvFormulaGuard.Prefix + cell.Text };
    }

    private void EnsureRepresentable(in NormalizedCell cell, string sheetName)
    {
        var text = cell.Text!;
        var index = encoding.IndexOfUnrepresentable(text);
        if (index < 0)
        {
            return;
        }

        var reference = A1Reference.FormatUnbounded(cell.Row, cell.Column);
        var character = System.Text.Rune.GetRuneAt(text, index);
        throw new UnrepresentableValueException(
            sheetName,
            reference,
            $"Sheet '{sheetName}' cell {reference} contains '{character}' (U+{character.Value:X4}), "
            + $"which {encoding.Name} cannot represent: export with utf-8-sig or another encoding that has it.");
    }
}
