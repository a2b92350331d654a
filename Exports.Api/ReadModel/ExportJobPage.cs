namespace Exports.Api.ReadModel;

/// <summary>One page of an export listing.</summary>
/// <param name="Items">The jobs of the page, newest first.</param>
/// <param name="Total">Number of jobs that match the filter, over all pages.</param>
public sealed record ExportJobPage(IReadOnlyList<ExportJob> Items, long Total);
