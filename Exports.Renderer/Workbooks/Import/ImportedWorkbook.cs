using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>What a format reader stored: the detected format, the sheets written and the style table.</summary>
/// <param name="SourceFormat"><c>xlsx</c>, <c>xlsm</c>, <c>csv</c> or <c>tsv</c>.</param>
/// <param name="Sheets">Sheets in workbook order, already written to the store.</param>
/// <param name="Styles">Style table; entry 0 is the default style.</param>
internal sealed record ImportedWorkbook(
    string SourceFormat, IReadOnlyList<SheetDescriptor> Sheets, IReadOnlyList<CellStyle> Styles);
