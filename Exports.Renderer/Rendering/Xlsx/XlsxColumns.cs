using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes <c>cols</c> from the column widths gathered at import, so widths come before the cells without a
/// second pass. A column is as wide as its widest value plus 2 characters, at most 80; columns that fit
/// Excel's default width of 8.43 characters get no entry.
/// </summary>
internal static class XlsxColumns
{
    private const int Padding = 2;

    private const int MaxWidth = 80;

    private const double DefaultWidth = 8.43;

    public static void Write(Utf8XmlWriter xml, IReadOnlyList<ColumnWidth> widths)
    {
        var wide = widths
            .Where(width => width.Column is >= 1 and <= XlsxLimits.MaxColumn)
            .Select(width => (width.Column, Width: Math.Min(width.MaxCharacters + Padding, MaxWidth)))
            .Where(column => column.Width > DefaultWidth)
            .OrderBy(column => column.Column)
            .ToList();
        if (wide.Count == 0)
        {
            return;
        }

        xml.WriteRaw("<cols>"u8);
        foreach (var (column, width) in wide)
        {
            xml.WriteRaw("<col min=\""u8);
            xml.WriteInteger(column);
            xml.WriteRaw("\" max=\""u8);
            xml.WriteInteger(column);
            xml.WriteRaw("\" width=\""u8);
            xml.WriteInteger(width);
            xml.WriteRaw("\" customWidth=\"1\"/>"u8);
        }

        xml.WriteRaw("</cols>"u8);
    }
}
