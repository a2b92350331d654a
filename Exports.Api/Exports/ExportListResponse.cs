namespace Exports.Api.Exports;

/// <summary>The body of an export listing.</summary>
/// <param name="Items">Jobs of the page, newest first.</param>
/// <param name="Total">Jobs that match the filter, over all pages.</param>
/// <param name="Skip">Jobs skipped.</param>
/// <param name="Limit">Maximum jobs per page.</param>
public sealed record ExportListResponse(IReadOnlyList<ExportJobResponse> Items, long Total, int Skip, int Limit);
