using Exports.Contracts;

namespace Exports.Api.Exports;

/// <summary>The export formats and their capabilities, as the API lists them.</summary>
public static class ExportFormatCatalog
{
    /// <summary>Every format, in the listed order.</summary>
    public static IReadOnlyList<ExportFormatDescription> All { get; } =
    [
        new(ExportFormat.Xlsx, "Excel Workbook", "Microsoft Excel workbook with styles and formatting",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", MultiSheet: true),
        new(ExportFormat.Csv, "CSV", "Comma-separated values (multi-sheet exports as ZIP)",
            "text/csv", ".csv", MultiSheet: false, Notes: "Single sheet exports to .csv, multiple sheets to .zip"),
        new(ExportFormat.Json, "JSON", "Structured JSON with metadata and all sheets",
            "application/json", ".json", MultiSheet: true),
    ];
}
