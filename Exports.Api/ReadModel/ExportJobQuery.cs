namespace Exports.Api.ReadModel;

/// <summary>Filter and page of an export listing, newest first.</summary>
/// <param name="WorkbookId">Only jobs of this workbook; null for all.</param>
/// <param name="Status">Only jobs in this status; null for all.</param>
/// <param name="Skip">Jobs to skip.</param>
/// <param name="Limit">Maximum jobs to return.</param>
public sealed record ExportJobQuery(string? WorkbookId, string? Status, int Skip, int Limit);
