using Exports.Contracts;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Signing;
using Microsoft.Extensions.Options;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes an export as an XLSX workbook that carries its proof, streamed as raw UTF-8 into the ZIP entries.
/// With <see cref="RenderOptions.XlsxThreeZone"/> (the default) the workbook has three zones: protected
/// Foundation sheets with the values, which form the hash scope <c>foundation</c>; Workspace sheets of formulas
/// that reference them; and a Control sheet that states the provenance. Without it the data sheets keep their
/// sanitised names and form the scope <c>validated</c>. Either way the signed provenance manifest is embedded as
/// a Custom XML Part and set on the context with the hash and the per-cell digests. With
/// <see cref="RenderOptions.XlsxSigning"/> the manifest also carries an external signature, added before the HMAC
/// so that the HMAC covers it.
/// </summary>
public sealed class XlsxExportWriter(
    ManifestSigner signer, ManifestSignatures signatures, IOptions<XlsxOptions> options) : IExportWriter
{
    private const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public string Format => ExportFormat.Xlsx;

    /// <inheritdoc />
    public ExportFileInfo Describe(RenderContext context) =>
        new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".xlsx"), ContentType);

    /// <inheritdoc />
    public async Task WriteAsync(RenderContext context, Stream output, CancellationToken cancellationToken)
    {
        if (context.Sheets.Count == 0)
        {
            throw new ArgumentException("An XLSX export needs at least one sheet: select one or more sheets.", nameof(context));
        }

        var plan = XlsxWorkbookPlan.Create(context.Sheets, context.Options.XlsxThreeZone);
        XlsxScopeResult scope;
        ProvenanceManifest manifest;
        await using (var package = new XlsxPackageWriter(output, context.GeneratedAt))
        {
            var workbook = new XlsxWorkbookWriter(context, plan, package, options.Value.WorkspaceMaxCells);
            scope = await workbook.WriteScopeSheetsAsync(cancellationToken);
            manifest = await SignAsync(context, plan.HashScope, scope, cancellationToken);
            await package.AddCustomXmlAsync(XlsxManifestPart.Create(manifest), cancellationToken);
            await workbook.WriteZonesAsync(scope, manifest, cancellationToken);
            await workbook.CompleteAsync(cancellationToken);
        }

        context.Hash = scope.Hash;
        context.HashScope = plan.HashScope;
        context.Manifest = manifest;
        context.CellDigests = [.. scope.Hash.Sheets.Select(sheet => sheet.CellDigests!)];
    }

    private async Task<ProvenanceManifest> SignAsync(
        RenderContext context, string hashScope, XlsxScopeResult scope, CancellationToken cancellationToken)
    {
        var manifest = ManifestFactory.Create(
            context.ExportId, context.Workbook.WorkbookId, context.TenantId, hashScope, scope.Hash,
            context.GeneratedAt) with { KeyId = signer.CurrentKeyId };
        if (context.Options.XlsxSigning)
        {
            manifest = await signatures.SignAsync(manifest, cancellationToken);
        }

        return signer.Sign(manifest);
    }
}
