using System.Globalization;
using Exports.Api.Auth;
using Exports.Api.Problems;
using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Exports.Api.Workbooks;

/// <summary>
/// <c>POST /api/v1/workbooks</c>: stores the uploaded file, sends a renderer an import request, and records the
/// workbook. The gateway never parses the spreadsheet itself.
/// </summary>
public sealed class UploadWorkbookHandler(
    WorkbookUploadReader uploads,
    WorkbookImportClient importer,
    IWorkbookStore workbooks,
    IBlobStore blobs,
    IOptions<UploadOptions> options,
    ILogger<UploadWorkbookHandler> logger)
{
    /// <summary>Handles one upload.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var caller = CallerIdentity.From(context.User);
        var limits = options.Value;
        if (!MultipartBoundary.TryGet(context.Request, "the workbook", out var boundary, out var contentTypeProblem))
        {
            return contentTypeProblem;
        }

        if (context.Request.ContentLength > limits.MaxRequestBytes)
        {
            return TooLarge(limits);
        }

        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        var workbookId = Guid.NewGuid().ToString("D");
        var sourceKey = BlobKeys.WorkbookSource(caller.TenantId, workbookId);
        StoredUpload? upload;
        try
        {
            upload = await uploads.ReadAsync(context.Request.Body, boundary, sourceKey, limits, cancellationToken);
        }
        catch (Exception exception) when (exception is UploadTooLargeException
            || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge(limits);
        }
        catch (MultipleFilesException exception)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                "The multipart body is malformed or ended early: send the workbook as multipart/form-data.");
        }

        if (upload is null)
        {
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                "The request has no file part named 'file': send the workbook in multipart field 'file' with its " +
                "file name.");
        }

        if (upload.SizeBytes == 0)
        {
            await blobs.DeleteAsync(sourceKey, cancellationToken);
            return ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                $"The uploaded file '{upload.FileName}' is empty: upload an XLSX, XLSM, CSV or TSV file.");
        }

        return await ImportAsync(caller.TenantId, workbookId, sourceKey, upload, cancellationToken);
    }

    private async Task<IResult> ImportAsync(
        string tenantId, string workbookId, string sourceKey, StoredUpload upload, CancellationToken cancellationToken)
    {
        var reply = await importer.ImportAsync(new ImportWorkbook
        {
            WorkbookId = workbookId,
            TenantId = tenantId,
            FileName = upload.FileName,
            SourcePath = sourceKey,
        }, cancellationToken);

        if (reply.Imported is { } imported)
        {
            return await SaveAsync(tenantId, workbookId, imported, cancellationToken);
        }

        await blobs.DeletePrefixAsync(BlobKeys.WorkbookPrefix(tenantId, workbookId), cancellationToken);
        if (reply.Rejected is { } rejected)
        {
            logger.LogInformation(
                "Rejected workbook {WorkbookId} of tenant {TenantId}: {RejectionCode}",
                workbookId, tenantId, rejected.Code);
            var problem = ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                $"The file '{upload.FileName}' was rejected: {rejected.Reason}");
            problem.ProblemDetails.Extensions["code"] = rejected.Code;

            return problem;
        }

        if (reply.Fault is { } fault)
        {
            logger.LogError(
                "A renderer failed to import workbook {WorkbookId} of tenant {TenantId}: {Fault}",
                workbookId, tenantId, fault);

            return ApiProblems.BadGateway(
                $"A renderer failed while importing '{upload.FileName}'; nothing was kept. Upload the file again, " +
                "and " +
                "if it fails again, report the time of the upload to the operator.");
        }

        // NOTE: a renderer that takes the request after the timeout may still write normalised files under the
        // workbook's folder. They belong to no recorded workbook, and nothing deletes them yet.
        var seconds = options.Value.ImportTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        logger.LogWarning(
            "Import of workbook {WorkbookId} of tenant {TenantId} timed out: no renderer responded within {Seconds} s",
            workbookId, tenantId, seconds);

        return ApiProblems.Unavailable(
            $"No renderer responded to the import request within {seconds} seconds: check that Exports.Renderer is " +
            "running and connected to the broker, then upload the file again.");
    }

    private async Task<IResult> SaveAsync(
        string tenantId, string workbookId, WorkbookImported imported, CancellationToken cancellationToken)
    {
        var workbook = new Workbook
        {
            TenantId = tenantId,
            Id = workbookId,
            Name = imported.Name,
            SourceFormat = imported.SourceFormat,
            Sheets = [.. imported.Sheets.OrderBy(sheet => sheet.Index).Select(sheet => new WorkbookSheet(
                sheet.SheetId.ToLowerInvariant(), sheet.Name, sheet.Index, sheet.RowCount, sheet.ColumnCount,
                sheet.CellCount))],
            CreatedAt = imported.ImportedAt.ToUniversalTime(),
        };
        await workbooks.SaveAsync(workbook, cancellationToken);
        logger.LogInformation(
            "Recorded workbook {WorkbookId} of tenant {TenantId}; sheet count {SheetCount}",
            workbookId, tenantId, workbook.Sheets.Count);

        return TypedResults.Created($"/api/v1/workbooks/{workbookId}", WorkbookResponse.From(workbook));
    }

    private static IResult TooLarge(UploadOptions limits) => ApiProblems.TooLarge(
        $"The upload is larger than the limit of {limits.MaxBytes} bytes (Uploads__MaxBytes): upload a smaller file.");
}
