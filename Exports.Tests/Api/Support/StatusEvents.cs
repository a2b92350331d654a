using Exports.Contracts;
using Exports.Storage;

namespace Exports.Tests.Api.Support;

/// <summary>Builds the renderer's status events for one export.</summary>
public sealed class StatusEvents(string tenantId, string exportId, string workbookId, string format = "xlsx")
{
    /// <summary>Blob key of the primary artifact the completion names.</summary>
    public string ArtifactKey => BlobKeys.ExportArtifact(tenantId, exportId, "report.xlsx");

    /// <summary>Blob key of the sealed PDF the completion names when it has one.</summary>
    public string PdfKey => BlobKeys.ExportArtifact(tenantId, exportId, "report.pdf");

    /// <summary>A renderer started the export.</summary>
    public ExportStarted Started(DateTimeOffset? at = null) => new()
    {
        ExportId = exportId, TenantId = tenantId, WorkbookId = workbookId, Format = format,
        StartedAt = at ?? DateTimeOffset.UtcNow, RendererInstance = "renderer-test",
    };

    /// <summary>Progress at <paramref name="percent"/> percent.</summary>
    public ExportProgressed Progressed(int percent, string message = "Rendering sheet 1 of 2") => new()
    {
        ExportId = exportId, TenantId = tenantId, Current = percent, Total = 100, Percent = percent,
        Message = message, OccurredAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The export completed at <paramref name="at"/>, optionally with a sealed PDF.</summary>
    public ExportCompleted Completed(
        DateTimeOffset? at = null, bool withPdf = false, string fileName = "report.xlsx") => new()
    {
        ExportId = exportId,
        TenantId = tenantId,
        WorkbookId = workbookId,
        Format = format,
        FileSizeBytes = 5,
        Artifact = new ExportArtifact
        {
            StoragePath = ArtifactKey,
            ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileName = fileName,
            SizeBytes = 5,
        },
        ExtraArtifacts = withPdf
            ? new Dictionary<string, ExportArtifact>
            {
                ["pdf"] = new()
                {
                    StoragePath = PdfKey, ContentType = "application/pdf", FileName = "report.pdf", SizeBytes = 3,
                },
            }
            : null,
        ResultSummary = new ExportResultSummary
        {
            SheetCount = 2,
            RowCount = 3,
            CellCount = 9,
            Warnings = [],
            Provenance = new ProvenanceSummary
            {
                ManifestVersion = "cb_hash_v1", HashScope = "foundation", DataHash = "sha256:" + new string('a', 64),
            },
            SealedPdf = withPdf ? new SealedPdfSummary { StoragePath = PdfKey } : null,
        },
        CompletedAt = at ?? DateTimeOffset.UtcNow,
    };

    /// <summary>The export failed.</summary>
    public ExportFailed Failed() => new()
    {
        ExportId = exportId, TenantId = tenantId, WorkbookId = workbookId, Format = format,
        Error = new ExportError { Code = ExportErrorCode.RenderFailed, Message = "The renderer ran out of memory." },
        FailedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The renderer cancelled the export.</summary>
    public ExportCancelled Cancelled() => new()
    {
        ExportId = exportId, TenantId = tenantId, CancelledAt = DateTimeOffset.UtcNow,
    };
}
