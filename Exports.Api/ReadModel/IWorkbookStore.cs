namespace Exports.Api.ReadModel;

/// <summary>Imported workbooks of the read model; every query takes the tenant id.</summary>
public interface IWorkbookStore
{
    /// <summary>Returns a tenant's workbook, or null when the tenant has none with that id.</summary>
    Task<Workbook?> FindAsync(string tenantId, string workbookId, CancellationToken cancellationToken);

    /// <summary>Stores a workbook, replacing one of the same tenant and id.</summary>
    Task SaveAsync(Workbook workbook, CancellationToken cancellationToken);
}
