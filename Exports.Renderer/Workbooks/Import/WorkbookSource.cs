namespace Exports.Renderer.Workbooks.Import;

/// <summary>An uploaded file waiting to be imported.</summary>
/// <param name="TenantId">Tenant that uploaded it.</param>
/// <param name="WorkbookId">Id the gateway minted for the workbook.</param>
/// <param name="FileName">File name as uploaded; a hint only, since the content decides the type.</param>
/// <param name="SourceKey">Blob store key of the uploaded bytes.</param>
public sealed record WorkbookSource(string TenantId, string WorkbookId, string FileName, string SourceKey);
