using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes one <c>c</c> element. Numbers and dates are written as their shortest round-trip value, booleans
/// as <c>1</c>/<c>0</c> (openpyxl 3.0 fails on <c>true</c>), text as an inline string. A source formula is not
/// written: an exported cell contains the value the source computed. Workspace cells get a formula of their
/// own, a reference to the Foundation cell, with that cell's value as the cached result.
/// </summary>
internal static class XlsxCellWriter
{
    /// <summary>Writes a cell that contains its value.</summary>
    public static void Write(Utf8XmlWriter xml, in NormalizedCell cell, int formatId)
    {
        WriteStart(xml, cell, formatId);
        switch (cell.Kind)
        {
            case CellKind.Number or CellKind.DateTime:
                xml.WriteRaw("><v>"u8);
                xml.WriteNumber(cell.Number);
                xml.WriteRaw("</v></c>"u8);
                break;
            case CellKind.Boolean:
                xml.WriteRaw(cell.BooleanValue ? " t=\"b\"><v>1</v></c>"u8 : " t=\"b\"><v>0</v></c>"u8);
                break;
            case CellKind.Error:
                xml.WriteRaw(" t=\"e\"><v>"u8);
                xml.WriteText(cell.Text);
                xml.WriteRaw("</v></c>"u8);
                break;
            case CellKind.Text:
                WriteInlineString(xml, cell.Text!);
                break;
            default:
                throw UndefinedKind(cell);
        }
    }

    /// <summary>
    /// Writes a cell whose formula references the cell at the same address on another sheet, such as
    /// <c>'Foundation - Assets'!B2</c>, with <paramref name="cell"/>'s value as the cached result, so the value
    /// shows without recalculation.
    /// </summary>
    /// <param name="xml">Target.</param>
    /// <param name="cell">The referenced cell's value, as written on its own sheet.</param>
    /// <param name="formatId">Output cell format.</param>
    /// <param name="sheetReference">
    /// The quoted sheet name and <c>!</c>, from <see cref="XlsxFormulas.SheetReference"/>.
    /// </param>
    public static void WriteReference(Utf8XmlWriter xml, in NormalizedCell cell, int formatId, string sheetReference)
    {
        WriteStart(xml, cell, formatId);
        xml.WriteRaw(cell.Kind switch
        {
            CellKind.Number or CellKind.DateTime => "><f>"u8,
            CellKind.Boolean => " t=\"b\"><f>"u8,
            CellKind.Error => " t=\"e\"><f>"u8,
            CellKind.Text => " t=\"str\"><f>"u8,
            _ => throw UndefinedKind(cell),
        });
        xml.WriteText(sheetReference);
        xml.WriteCellReference(cell.Row, cell.Column);
        xml.WriteRaw("</f><v>"u8);
        switch (cell.Kind)
        {
            case CellKind.Number or CellKind.DateTime:
                xml.WriteNumber(cell.Number);
                break;
            case CellKind.Boolean:
                xml.WriteRaw(cell.BooleanValue ? "1"u8 : "0"u8);
                break;
            default:
                xml.WriteText(cell.Text);
                break;
        }

        xml.WriteRaw("</v></c>"u8);
    }

    private static void WriteStart(Utf8XmlWriter xml, in NormalizedCell cell, int formatId)
    {
        xml.WriteRaw("<c r=\""u8);
        xml.WriteCellReference(cell.Row, cell.Column);
        xml.WriteRaw("\""u8);
        if (formatId != 0)
        {
            xml.WriteRaw(" s=\""u8);
            xml.WriteInteger(formatId);
            xml.WriteRaw("\""u8);
        }
    }

    private static void WriteInlineString(Utf8XmlWriter xml, string text)
    {
        xml.WriteRaw(NeedsPreserve(text)
            ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8
            : " t=\"inlineStr\"><is><t>"u8);
        xml.WriteText(text);
        xml.WriteRaw("</t></is></c>"u8);
    }

    // Without xml:space="preserve", Excel drops leading and trailing white space of a string.
    private static bool NeedsPreserve(string text) =>
        char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0;

    private static ArgumentOutOfRangeException UndefinedKind(in NormalizedCell cell) =>
        new(nameof(cell), cell.Kind, "The cell kind is not defined.");
}
