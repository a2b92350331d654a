using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes one <c>c</c> element. Numbers and dates are written as their shortest round-trip value, booleans
/// as <c>1</c>/<c>0</c> (openpyxl 3.0 fails on <c>true</c>), text as an inline string. Formulas are not
/// written: an exported cell contains the value the source computed.
/// </summary>
internal static class XlsxCellWriter
{
    public static void Write(Utf8XmlWriter xml, in NormalizedCell cell, int formatId)
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
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "The cell kind is not defined.");
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
}
