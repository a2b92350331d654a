using Exports.Contracts;

namespace Exports.Api.ReadModel;

/// <summary>Lookups shared by the export endpoints.</summary>
public static class ExportJobStoreExtensions
{
    /// <summary>
    /// Returns a tenant's job by an id from a request path, or null when the id is malformed or unknown.
    /// </summary>
    public static async Task<ExportJob?> FindRequestedAsync(
        this IExportJobStore jobs, string tenantId, string exportId, CancellationToken cancellationToken) =>
        ExportId.IsValid(exportId) ? await jobs.FindAsync(tenantId, exportId, cancellationToken) : null;
}
