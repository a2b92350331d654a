using Exports.Api.ReadModel;

namespace Exports.Api.Workbooks;

/// <summary>The body of a workbook: <c>{id, name, source_format, sheets, created_at}</c>.</summary>
/// <param name="Id">Workbook id.</param>
/// <param name="Name">Display name.</param>
/// <param name="SourceFormat">Detected source type.</param>
/// <param name="Sheets">Sheets in workbook order.</param>
/// <param name="CreatedAt">When the import finished.</param>
public sealed record WorkbookResponse(
    string Id, string Name, string SourceFormat, IReadOnlyList<SheetResponse> Sheets, DateTimeOffset CreatedAt)
{
    /// <summary>Maps a stored workbook.</summary>
    public static WorkbookResponse From(Workbook workbook) => new(
        workbook.Id,
        workbook.Name,
        workbook.SourceFormat,
        [.. workbook.Sheets.Select(sheet => new SheetResponse(
            sheet.Id, sheet.Name, sheet.Index, sheet.RowCount, sheet.ColumnCount, sheet.CellCount))],
        workbook.CreatedAt);
}
