using System.Globalization;
using System.Security.Cryptography;
using Exports.Api.Auth;
using Exports.Api.Problems;
using Exports.Api.Workbooks;
using Exports.Contracts;
using Exports.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Exports.Api.Verification;

/// <summary>
/// <c>POST /api/v1/exports/verify</c>: stores the uploaded copy, requests a verdict from a renderer, and removes the
/// copy again. The gateway parses no spreadsheet itself.
/// </summary>
public sealed class VerifyExportHandler(
    WorkbookUploadReader uploads,
    VerificationClient verifier,
    IBlobStore blobs,
    IOptions<VerificationUploadOptions> options,
    ILogger<VerifyExportHandler> logger)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Handles one verification.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var caller = CallerIdentity.From(context.User);
        var limits = new UploadOptions { MaxBytes = options.Value.MaxBytes };
        if (!MultipartBoundary.TryGet(context.Request, "the XLSX file", out var boundary, out var contentTypeProblem))
        {
            return contentTypeProblem;
        }

        if (context.Request.ContentLength > limits.MaxRequestBytes)
        {
            return TooLarge();
        }

        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        var verificationId = "ver_" + RandomNumberGenerator.GetString(Alphabet, 24);
        var uploadKey = BlobKeys.VerificationUpload(caller.TenantId, verificationId);
        try
        {
            return await VerifyUploadAsync(context, caller.TenantId, verificationId, uploadKey, boundary, limits);
        }
        finally
        {
            await blobs.DeleteAsync(uploadKey, CancellationToken.None);
        }
    }

    private async Task<IResult> VerifyUploadAsync(
        HttpContext context, string tenantId, string verificationId, string uploadKey, string boundary,
        UploadOptions limits)
    {
        StoredUpload? upload;
        try
        {
            upload = await uploads.ReadAsync(context.Request.Body, boundary, uploadKey, limits, context.RequestAborted);
        }
        catch (Exception exception) when (exception is UploadTooLargeException
            || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge();
        }
        catch (MultipleFilesException exception)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                "The multipart body is malformed or ended early: send the file as multipart/form-data.");
        }

        if (upload is null)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                "The request has no file part named 'file': send the XLSX file in multipart field 'file'.");
        }

        if (upload.SizeBytes == 0)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                $"The uploaded file '{upload.FileName}' is empty: upload the XLSX file to verify.");
        }

        var reply = await verifier.VerifyAsync(
            new VerifyExport
            {
                VerificationId = verificationId,
                TenantId = tenantId,
                UploadPath = uploadKey,
                FileName = upload.FileName,
            },
            context.RequestAborted);

        return ToResult(tenantId, upload, reply);
    }

    private IResult ToResult(string tenantId, StoredUpload upload, VerificationReply reply)
    {
        var (verdict, rejection) = (reply.Verdict, reply.Rejection);
        if (verdict is not null)
        {
            logger.LogInformation("Verified a copy for tenant {TenantId}: {Status} for export {ExportId}",
                tenantId, verdict.Status, verdict.ExportId);

            return TypedResults.Ok(VerificationResponse.From(verdict));
        }

        if (rejection is { Code: "tenant_mismatch" })
        {
            return ApiProblems.Forbidden(
                "The file was exported for another tenant: verify it with a token of the tenant it belongs to.");
        }

        if (rejection is not null)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                $"The file '{upload.FileName}' cannot be verified: {rejection.Reason}");
        }

        if (reply.Fault is { } fault)
        {
            logger.LogError("A renderer failed to verify a copy for tenant {TenantId}: {Fault}", tenantId, fault);

            return ApiProblems.BadGateway(
                $"A renderer failed while verifying '{upload.FileName}'. Try again, and if it fails again, report " +
                "the time of the request to the operator.");
        }

        var seconds = options.Value.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        logger.LogWarning("Verification for tenant {TenantId} timed out: no renderer responded within {Seconds} s",
            tenantId, seconds);

        return ApiProblems.Unavailable(
            $"No renderer responded to the verification request within {seconds} seconds: check that " +
            "Exports.Renderer is running and connected to the broker, then try again.");
    }

    private IResult TooLarge() => ApiProblems.TooLarge(
        $"The file is larger than the limit of {options.Value.MaxBytes} bytes (Verification__MaxBytes): verify a " +
        "smaller file.");
}
