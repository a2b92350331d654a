using Exports.Contracts;

namespace Exports.Api.Exports;

/// <summary>The body of <c>POST /api/v1/exports</c>, after its JSON types were checked.</summary>
/// <param name="WorkbookId">Workbook to export; null when the body has none.</param>
/// <param name="Format">Output format; null when the body has none.</param>
/// <param name="SheetIds">Sheets to export, in order; null for every sheet.</param>
/// <param name="Options">Format options; null for the defaults.</param>
public sealed record CreateExportRequest(
    string? WorkbookId, string? Format, IReadOnlyList<string>? SheetIds, ExportOptions? Options);
