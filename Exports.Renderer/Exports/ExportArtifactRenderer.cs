using Exports.Contracts;
using Exports.Renderer.Hosting;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Pdf;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Exports;

/// <summary>
/// Streams the artifact of a planned export into the blob store, then the sealed PDF beside an XLSX when it is
/// requested, saves the server's manifest record of an artifact that embeds a manifest, and describes the result.
/// </summary>
public sealed class ExportArtifactRenderer(
    IEnumerable<IExportWriter> writers,
    SealedPdfWriter sealedPdfs,
    NormalizedWorkbookStore workbooks,
    IBlobStore blobs,
    ManifestRecords manifests,
    IOptions<RendererOptions> options,
    TimeProvider time,
    ILogger<ExportArtifactRenderer> logger)
{
    /// <summary>
    /// Renders the export and returns its completion event, not yet published. The manifest record is saved
    /// after the artifact is stored, so no record exists without its artifact. When the export is cancelled or
    /// fails after that, the caller deletes both.
    /// </summary>
    public async Task<ExportCompleted> RenderAsync(ExportPlan plan, RunningExport export, IPublishEndpoint publisher)
    {
        var writer = writers.FirstOrDefault(candidate => candidate.Format == plan.Request.Format)
            ?? throw new InvalidOperationException(
                $"No writer is registered for format '{plan.Request.Format}', which validation accepted.");

        RenderContext? context = null;
        try
        {
            ExportFileInfo file;
            long size;
            PdfArtifact? sealedPdf;
            await using (var progress = new ExportProgressLoop(
                plan, export, publisher, blobs, options.Value, time, logger))
            {
                context = CreateContext(plan, progress);
                file = writer.Describe(context);
                size = await blobs.WriteAsync(
                    ArtifactKey(plan.Request, file),
                    (stream, token) => writer.WriteAsync(context, stream, token),
                    export.Token);
                sealedPdf = await WriteSealedPdfAsync(plan, context, export.Token);
            }

            export.Token.ThrowIfCancellationRequested();
            if (context.Manifest is { } manifest)
            {
                await manifests.SaveAsync(manifest, context.CellDigests ?? [], export.Token);
            }

            export.Token.ThrowIfCancellationRequested();

            return CreateCompleted(plan, context, file, size, sealedPdf);
        }
        finally
        {
            // The per-cell digests may occupy temporary files until the manifest record contains them.
            context?.Hash?.Dispose();
        }
    }

    private async Task<PdfArtifact?> WriteSealedPdfAsync(
        ExportPlan plan, RenderContext context, CancellationToken cancellationToken)
    {
        if (plan.Request.Format != ExportFormat.Xlsx || !plan.Options.XlsxSealedPdf)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var file = SealedPdfWriter.Describe(context);
        var key = ArtifactKey(plan.Request, file);
        var rowsOmitted = 0L;
        var size = await blobs.WriteAsync(
            key,
            async (stream, token) => rowsOmitted = (await sealedPdfs.WriteAsync(context, stream, token)).RowsOmitted,
            cancellationToken);

        return new PdfArtifact(Artifact(key, file, size), rowsOmitted);
    }

    private RenderContext CreateContext(ExportPlan plan, IRenderProgress progress) => new()
    {
        ExportId = plan.Request.ExportId,
        TenantId = plan.Request.TenantId,
        Workbook = plan.Workbook,
        Sheets = plan.Sheets,
        Options = plan.Options,
        GeneratedAt = time.GetUtcNow(),
        Cells = new NormalizedSheetSource(workbooks, plan.Workbook),
        Progress = progress,
    };

    private static string ArtifactKey(ExportRequested request, ExportFileInfo file) =>
        BlobKeys.ExportArtifact(
            request.TenantId, request.ExportId, request.ExportId + Path.GetExtension(file.FileName));

    private static ExportArtifact Artifact(string key, ExportFileInfo file, long size) => new()
    {
        StoragePath = key,
        ContentType = file.ContentType,
        FileName = file.FileName,
        SizeBytes = size,
    };

    private ExportCompleted CreateCompleted(
        ExportPlan plan, RenderContext context, ExportFileInfo file, long size, PdfArtifact? sealedPdf)
    {
        var request = plan.Request;
        var artifact = Artifact(ArtifactKey(request, file), file, size);

        // A PDF export is itself the sealed PDF, so it is offered as artifact=pdf as well.
        var pdf = sealedPdf ?? (context.PdfRowsOmitted is { } omitted ? new PdfArtifact(artifact, omitted) : null);

        return new ExportCompleted
        {
            ExportId = request.ExportId,
            TenantId = request.TenantId,
            WorkbookId = request.WorkbookId,
            Format = request.Format,
            FileSizeBytes = size,
            Artifact = artifact,
            ExtraArtifacts = pdf is null
                ? null
                : new Dictionary<string, ExportArtifact> { [PdfArtifact.Name] = pdf.Artifact },
            ResultSummary = new ExportResultSummary
            {
                SheetCount = plan.Sheets.Count,
                RowCount = plan.Sheets.Sum(sheet => (long)sheet.Statistics.RowsWithValues),
                CellCount = plan.Sheets.Sum(sheet => sheet.Statistics.CellCount),
                Warnings = context.Warnings.ToList(),
                Provenance = context.Hash is null ? null : new ProvenanceSummary
                {
                    ManifestVersion = HashScopes.ManifestVersion,
                    HashScope = context.HashScope ?? HashScopes.Validated,
                    DataHash = context.Hash.DataHash,
                },
                SealedPdf = pdf is null ? null : new SealedPdfSummary
                {
                    StoragePath = pdf.Artifact.StoragePath,
                    RowsOmitted = pdf.RowsOmitted,
                },
            },
            CompletedAt = time.GetUtcNow(),
        };
    }
}
