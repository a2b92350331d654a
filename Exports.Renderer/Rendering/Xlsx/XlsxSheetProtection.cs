namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// The <c>sheetProtection</c> element, which SpreadsheetML places right after <c>sheetData</c>. It has no
/// password: it stops accidental edits in Excel and LibreOffice, and anyone can lift it. The hash, not the
/// protection, shows whether values changed.
/// </summary>
internal static class XlsxSheetProtection
{
    /// <summary>Protection of cells, objects and scenarios; locked cells can still be selected and copied.</summary>
    public static ReadOnlySpan<byte> Utf8 => "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>"u8;
}
