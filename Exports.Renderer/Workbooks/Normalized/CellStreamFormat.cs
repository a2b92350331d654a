namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>
/// Constants of the stored cell stream. A stream is the 4 magic bytes, then one record a cell in row-major
/// order, then a 0 byte. A record is the kind byte (0x80 set when a formula follows), row, column and style
/// id as 7-bit encoded integers, the value (an 8-byte little-endian double for numbers and dates, one byte
/// for booleans, a length-prefixed UTF-8 string for text and errors) and, when flagged, the formula.
/// </summary>
internal static class CellStreamFormat
{
    public const byte EndOfStream = 0;

    public const byte FormulaFlag = 0x80;

    public static ReadOnlySpan<byte> Magic => "XCS1"u8;
}
