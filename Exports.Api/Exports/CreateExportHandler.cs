using Exports.Api.Auth;
using Exports.Api.Problems;
using Exports.Api.ReadModel;
using Exports.Contracts;
using Exports.Contracts.Validation;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Exports;

/// <summary>
/// <c>POST /api/v1/exports</c>: validates the request, writes the job as pending and publishes
/// <see cref="ExportRequested"/>. With an <c>Idempotency-Key</c>, a repeated request returns the job the first one
/// created, and the same key with another body is a conflict.
/// </summary>
public sealed class CreateExportHandler(
    IValidator<CreateExportRequest> validator,
    IWorkbookStore workbooks,
    IExportJobStore jobs,
    IPublishEndpoint publisher,
    ExportJobResponseFactory responses,
    IOptions<ExportsOptions> options,
    TimeProvider clock,
    ILogger<CreateExportHandler> logger)
{
    /// <summary>Handles one request.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var caller = CallerIdentity.From(context.User);
        if (!TryReadIdempotencyKey(context.Request, out var idempotencyKey, out var keyProblem))
        {
            return keyProblem;
        }

        if (!context.Request.HasJsonContentType())
        {
            return ApiProblems.UnsupportedMediaType(
                $"Content type '{context.Request.ContentType}' is not accepted: send the request as application/json.");
        }

        var read = await CreateExportRequestReader.ReadAsync(context.Request.Body, cancellationToken);
        if (read.Request is not { } request)
        {
            return ApiProblems.Invalid(read.Errors);
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.Invalid(validation.ToDictionary().AsReadOnly());
        }

        var requestHash = RequestFingerprint.Compute(request);
        if (idempotencyKey is not null
            && await jobs.FindByIdempotencyKeyAsync(caller.TenantId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return Replay(context, earlier, requestHash);
        }

        var workbookId = request.WorkbookId!.ToLowerInvariant();
        var workbook = await workbooks.FindAsync(caller.TenantId, workbookId, cancellationToken);
        if (workbook is null)
        {
            return ApiProblems.NotFound("Workbook not found",
                $"Workbook '{ValueText.Shorten(request.WorkbookId)}' was not found: upload it with " +
                "POST /api/v1/workbooks first.");
        }

        if (!TryResolveSheets(workbook, request.SheetIds, out var sheetIds, out var sheetProblem))
        {
            return sheetProblem;
        }

        var job = NewJob(caller, workbook, request, sheetIds, idempotencyKey, requestHash);
        if (!await jobs.TryInsertAsync(job, cancellationToken))
        {
            // Only a concurrent request with the same idempotency key can take the unique index first.
            var winner = idempotencyKey is null
                ? null
                : await jobs.FindByIdempotencyKeyAsync(caller.TenantId, idempotencyKey, cancellationToken);

            return winner is null
                ? throw new InvalidOperationException($"Export {job.Id} collided with a job that cannot be found.")
                : Replay(context, winner, requestHash);
        }

        return await PublishAsync(context, job, cancellationToken);
    }

    private async Task<IResult> PublishAsync(HttpContext context, ExportJob job, CancellationToken cancellationToken)
    {
        using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishTimeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            await publisher.Publish(new ExportRequested
            {
                ExportId = job.Id,
                TenantId = job.TenantId,
                WorkbookId = job.WorkbookId,
                Format = job.Format,
                SheetIds = job.SheetIds,
                Options = job.Options,
                RequestedAt = job.CreatedAt,
                RequestedBy = job.RequestedBy,
            }, publishTimeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The job is removed so that a retry, with or without the same idempotency key, starts afresh. Should
            // the broker have taken the message after all, the gateway's own status queue receives it and
            // records the job again.
            await jobs.DeletePendingAsync(job.TenantId, job.Id, CancellationToken.None);
            logger.LogError(
                exception, "Publishing export {ExportId} of tenant {TenantId} failed", job.Id, job.TenantId);

            return ApiProblems.Unavailable("The export could not be queued because the message broker did not " +
                "accept it in time: retry the request in a moment.");
        }

        logger.LogInformation(
            "Accepted export {ExportId} of workbook {WorkbookId} for tenant {TenantId} as {Format}",
            job.Id, job.WorkbookId, job.TenantId, job.Format);

        return TypedResults.Accepted(
            ExportJobResponseFactory.ExportPath(job.Id), responses.Create(job, context.Request));
    }

    private IResult Replay(HttpContext context, ExportJob earlier, string requestHash)
    {
        if (earlier.RequestHash != requestHash)
        {
            return ApiProblems.Conflict(
                $"Idempotency key '{earlier.IdempotencyKey}' was already used for export {earlier.Id} with a " +
                "different request: send that request again unchanged, or use a new key for a new export.");
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";

        return TypedResults.Accepted(
            ExportJobResponseFactory.ExportPath(earlier.Id), responses.Create(earlier, context.Request));
    }

    private ExportJob NewJob(
        CallerIdentity caller,
        Workbook workbook,
        CreateExportRequest request,
        IReadOnlyList<string>? sheetIds,
        string? idempotencyKey,
        string requestHash) => new()
        {
            TenantId = caller.TenantId,
            Id = ExportId.New(),
            WorkbookId = workbook.Id,
            Format = request.Format!,
            Status = ExportJobStatus.Pending,
            SheetIds = sheetIds,
            Options = request.Options,
            RequestedBy = caller.Subject,
            IdempotencyKey = idempotencyKey,
            RequestHash = requestHash,
            CreatedAt = clock.GetUtcNow(),
        };

    private static bool TryResolveSheets(
        Workbook workbook, IReadOnlyList<string>? requested, out IReadOnlyList<string>? sheetIds, out IResult problem)
    {
        sheetIds = null;
        problem = TypedResults.Empty;
        if (requested is not { Count: > 0 })
        {
            return true;
        }

        var known = workbook.Sheets.ToDictionary(sheet => sheet.Id, StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < requested.Count; index++)
        {
            if (!known.ContainsKey(requested[index]))
            {
                problem = ApiProblems.InvalidField($"sheet_ids[{index}]",
                    $"Sheet id '{requested[index]}' is not a sheet of workbook {workbook.Id}: use ids from GET " +
                    $"/api/v1/workbooks/{workbook.Id}.");
                return false;
            }
        }

        sheetIds = [.. requested.Select(id => known[id].Id)];

        return true;
    }

    private static bool TryReadIdempotencyKey(HttpRequest request, out string? key, out IResult problem)
    {
        key = null;
        problem = TypedResults.Empty;
        if (!request.Headers.TryGetValue(IdempotencyKeyRules.HeaderName, out var values))
        {
            return true;
        }

        if (values.Count != 1 || !IdempotencyKeyRules.IsValid(values[0]!))
        {
            problem = ApiProblems.InvalidField(IdempotencyKeyRules.HeaderName,
                $"Header {IdempotencyKeyRules.HeaderName} is invalid: send one value of 1 to " +
                $"{IdempotencyKeyRules.MaxLength} printable ASCII characters, such as a UUID.");
            return false;
        }

        key = values[0];

        return true;
    }
}
