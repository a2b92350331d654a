using Exports.Contracts;
using Exports.Contracts.Validation;
using Exports.Renderer.Workbooks.Import;
using Exports.Storage;
using MassTransit;

namespace Exports.Renderer.Verification;

/// <summary>Responds to the gateway's <see cref="VerifyExport"/> requests with a verdict or a rejection.</summary>
public sealed class VerifyExportConsumer(
    ExportVerifier verifier, IBlobStore blobs, ILogger<VerifyExportConsumer> logger) : IConsumer<VerifyExport>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<VerifyExport> context)
    {
        var request = context.Message;
        var invalid = Validate(request);
        if (invalid is not null)
        {
            logger.LogError("Verification {VerificationId} was rejected: {Reason}", request.VerificationId, invalid);
            await context.RespondAsync(Rejected(request, "invalid_request", invalid));
            return;
        }

        var blob = await blobs.OpenReadAsync(request.UploadPath, context.CancellationToken);
        await using var copy = await SeekableSource.EnsureAsync(blob, context.CancellationToken);
        var outcome = await verifier.VerifyAsync(copy, request.TenantId, context.CancellationToken);

        if (outcome.Verdict is { } verdict)
        {
            logger.LogInformation(
                "Verification {VerificationId} of tenant {TenantId} found {Status} for export {ExportId}",
                request.VerificationId, request.TenantId, verdict.Status, verdict.ExportId);
            await context.RespondAsync(verdict);
            return;
        }

        var (code, reason) = outcome.Rejection!.Value;
        logger.LogInformation(
            "Verification {VerificationId} of tenant {TenantId} was rejected: {Code}", request.VerificationId,
            request.TenantId, code);
        await context.RespondAsync(Rejected(request, code, reason));
    }

    private static string? Validate(VerifyExport request)
    {
        if (!TenantIdRules.IsValid(request.TenantId))
        {
            return $"Tenant id '{request.TenantId}' is invalid: {TenantIdRules.Description}.";
        }

        if (!BlobKeys.IsValidSegment(request.VerificationId))
        {
            return $"Verification id '{request.VerificationId}' is invalid: use letters, digits, '.', '_' or '-'.";
        }

        var expected = BlobKeys.VerificationUpload(request.TenantId, request.VerificationId);

        return request.UploadPath == expected
            ? null
            : $"Upload path '{request.UploadPath}' is not the verification's upload key: store the file at " +
                $"'{expected}'.";
    }

    private static VerificationRejected Rejected(VerifyExport request, string code, string reason) => new()
    {
        VerificationId = request.VerificationId,
        Code = code,
        Reason = reason,
    };
}
