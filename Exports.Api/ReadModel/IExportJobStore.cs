namespace Exports.Api.ReadModel;

/// <summary>
/// Export jobs of the read model. Every query takes the tenant id, except the retention scan that the sweeper
/// runs over all tenants. Writes are atomic, and updates only succeed while the job still has the version the
/// caller read and a status that may precede the new one (<see cref="ExportJobStatus.AllowedBefore"/>).
/// </summary>
public interface IExportJobStore
{
    /// <summary>Returns a tenant's job, or null when the tenant has none with that id.</summary>
    Task<ExportJob?> FindAsync(string tenantId, string exportId, CancellationToken cancellationToken);

    /// <summary>Returns the tenant's job created with an idempotency key, or null.</summary>
    Task<ExportJob?> FindByIdempotencyKeyAsync(
        string tenantId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Returns one page of a tenant's jobs, newest first, with the number of matching jobs.</summary>
    Task<ExportJobPage> ListAsync(string tenantId, ExportJobQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a new job with version 1; returns false, changing nothing, when the tenant already has a job with
    /// the same id or the same idempotency key.
    /// </summary>
    Task<bool> TryInsertAsync(ExportJob job, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a job and increments its version; returns false, changing nothing, when the stored job no longer
    /// has <paramref name="expectedVersion"/> or its status may not precede the new one.
    /// </summary>
    Task<bool> TryUpdateAsync(ExportJob job, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a job that is still pending; returns whether it was deleted.</summary>
    Task<bool> DeletePendingAsync(string tenantId, string exportId, CancellationToken cancellationToken);

    /// <summary>
    /// Returns completed jobs of any tenant whose artifacts expired at or before <paramref name="now"/> and are not
    /// yet deleted, oldest expiry first.
    /// </summary>
    Task<IReadOnlyList<ExportJob>> ListExpiredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a completed job's artifacts were deleted; returns false when it was already recorded.
    /// </summary>
    Task<bool> MarkArtifactsDeletedAsync(
        string tenantId, string exportId, DateTimeOffset deletedAt, CancellationToken cancellationToken);
}
