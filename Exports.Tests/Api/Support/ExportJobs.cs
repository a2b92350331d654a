using Exports.Api.ReadModel;
using Exports.Contracts;

namespace Exports.Tests.Api.Support;

/// <summary>Builds read model jobs for unit tests.</summary>
public static class ExportJobs
{
    /// <summary>A pending job of a new tenant, requested a minute ago.</summary>
    public static ExportJob Pending(string? tenantId = null) => new()
    {
        TenantId = tenantId ?? TestTokens.NewTenant(),
        Id = ExportId.New(),
        WorkbookId = Guid.NewGuid().ToString(),
        Format = ExportFormat.Xlsx,
        Status = ExportJobStatus.Pending,
        CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        Version = 1,
    };

    /// <summary>Returns the renderer events of <paramref name="job"/>.</summary>
    public static StatusEvents EventsOf(ExportJob job) => new(job.TenantId, job.Id, job.WorkbookId, job.Format);
}
