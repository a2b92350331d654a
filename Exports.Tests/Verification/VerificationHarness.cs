using Exports.Contracts;
using Exports.Renderer.Provenance.Keys;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Rendering;
using Exports.Renderer.Signing;
using Exports.Renderer.Verification;
using Exports.Renderer.Workbooks.Import;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Workbooks.Import;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Verification;

/// <summary>
/// Imports a workbook with the real importer, exports it with the real XLSX writer, keeps the server's manifest
/// record as the render job does, and verifies files with the real <see cref="ExportVerifier"/>, all over one
/// blob store in a temporary folder.
/// </summary>
internal sealed class VerificationHarness : IDisposable
{
    private readonly ImportHarness import = new();
    private readonly TemporaryFolder folder = new();
    private readonly ManifestRecords records;

    public VerificationHarness()
    {
        records = new ManifestRecords(import.Blobs);
    }

    /// <summary>Tenant of every export.</summary>
    public static string TenantId => ImportHarness.TenantId;

    /// <summary>The folder files are written to.</summary>
    public string Folder => folder.Path;

    /// <summary>The server's manifest records.</summary>
    public ManifestRecords Records => records;

    /// <summary>
    /// Imports a file and exports it as XLSX into the folder, with external signatures from
    /// <paramref name="digestSigner"/> when given; returns the file and its context.
    /// </summary>
    public async Task<(string Path, RenderContext Context)> ExportFileAsync(
        string sourcePath, RenderOptions? options = null, IDigestSigner? digestSigner = null)
    {
        var workbook = await import.ImportFileAsync(sourcePath);

        return await ExportAsync(workbook, options, digestSigner);
    }

    /// <summary>Imports content and exports it as XLSX into the folder.</summary>
    public async Task<(string Path, RenderContext Context)> ExportAsync(
        byte[] content, string fileName = "book.xlsx", RenderOptions? options = null)
    {
        var workbook = await import.ImportAsync(content, fileName);

        return await ExportAsync(workbook, options, digestSigner: null);
    }

    /// <summary>
    /// Verifies a file as the tenant <paramref name="tenantId"/> (the export's tenant by default), trusting the
    /// signer keys of <paramref name="signerTrust"/> (the test writers' local signer by default).
    /// </summary>
    public async Task<VerificationOutcome> VerifyAsync(string path, string? tenantId = null, ProvenanceKeyRing? keys = null,
        int maxDiffs = 1000, SignerTrust? signerTrust = null)
    {
        var verifier = new ExportVerifier(
            keys is null ? XlsxWriters.Signer : new ManifestSigner(keys),
            signerTrust ?? XlsxWriters.Trust,
            records,
            Options.Create(new ImportOptions()),
            Options.Create(new VerificationOptions { MaxDiffs = maxDiffs }),
            NullLogger<ExportVerifier>.Instance);
        await using var stream = File.OpenRead(path);

        return await verifier.VerifyAsync(stream, tenantId ?? TenantId, CancellationToken.None);
    }

    /// <summary>Verifies a file and returns the verdict, failing the test when the file was rejected.</summary>
    public async Task<ExportVerified> VerdictAsync(string path, string? tenantId = null, SignerTrust? signerTrust = null)
    {
        var outcome = await VerifyAsync(path, tenantId, signerTrust: signerTrust);
        Assert.That(outcome.Rejection, Is.Null, "the file was rejected");

        return outcome.Verdict!;
    }

    /// <summary>A path in the folder for an edited copy.</summary>
    public string CopyPath(string name) => Path.Combine(folder.Path, name);

    public void Dispose()
    {
        import.Dispose();
        folder.Dispose();
    }

    private async Task<(string Path, RenderContext Context)> ExportAsync(
        WorkbookDescriptor workbook, RenderOptions? options, IDigestSigner? digestSigner)
    {
        var context = new RenderContext
        {
            ExportId = ExportId.New(),
            TenantId = workbook.TenantId,
            Workbook = workbook,
            Sheets = workbook.Sheets,
            Options = options ?? new RenderOptions(),
            GeneratedAt = DateTimeOffset.UtcNow,
            Cells = new NormalizedSheetSource(import.Store, workbook),
            Progress = new RecordingProgress(),
        };
        var path = Path.Combine(folder.Path, $"{context.ExportId}.xlsx");
        await ExportFiles.WriteAsync(XlsxWriters.Create(digestSigner: digestSigner), context, path);
        await records.SaveAsync(context.Manifest!, context.CellDigests!, CancellationToken.None);

        return (path, context);
    }
}
