using Exports.Api.Auth;
using Exports.Api.Downloads;
using Exports.Api.ReadModel;
using Exports.Api.Problems;
using Exports.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Exports.Api.Exports;

/// <summary>Maps the export endpoints.</summary>
public static class ExportEndpoints
{
    /// <summary>
    /// Maps create, list, formats, get, download and cancel under the API group. The literal <c>formats</c> route
    /// takes precedence over <c>{export_id}</c>, so it is never read as an export id.
    /// </summary>
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/exports", (HttpContext context, CreateExportHandler handler) => handler.HandleAsync(context))
            .RequireAuthorization(ApiPolicies.CreateExports);
        api.MapGet("/exports", ListAsync).RequireAuthorization(ApiPolicies.ReadExports);
        api.MapGet("/exports/formats", () => TypedResults.Ok(ExportFormatCatalog.All))
            .RequireAuthorization(ApiPolicies.ReadExports);
        api.MapGet("/exports/{export_id}", GetAsync).RequireAuthorization(ApiPolicies.ReadExports);
        api.MapGet("/exports/{export_id}/download",
                ([FromRoute(Name = "export_id")] string exportId, HttpContext context, DownloadExportHandler handler) =>
                    handler.HandleAsync(exportId, context))
            .RequireAuthorization(ApiPolicies.ReadExports);
        api.MapPost("/exports/{export_id}/cancel",
                ([FromRoute(Name = "export_id")] string exportId, HttpContext context, CancelExportHandler handler) =>
                    handler.HandleAsync(exportId, context))
            .RequireAuthorization(ApiPolicies.CancelExports);

        return api;
    }

    private static async Task<IResult> ListAsync(
        HttpContext context,
        IExportJobStore jobs,
        ExportJobResponseFactory responses,
        CancellationToken cancellationToken)
    {
        if (!ListExportsQueryParser.TryParse(context.Request.Query, out var query, out var errors))
        {
            return ApiProblems.Invalid(errors);
        }

        var caller = CallerIdentity.From(context.User);
        var page = await jobs.ListAsync(caller.TenantId, query, cancellationToken);
        var items = page.Items.Select(job => responses.Create(job, context.Request)).ToList();

        return TypedResults.Ok(new ExportListResponse(items, page.Total, query.Skip, query.Limit));
    }

    private static async Task<IResult> GetAsync(
        [FromRoute(Name = "export_id")] string exportId,
        HttpContext context,
        IExportJobStore jobs,
        ExportJobResponseFactory responses,
        CancellationToken cancellationToken)
    {
        var caller = CallerIdentity.From(context.User);
        var job = await jobs.FindRequestedAsync(caller.TenantId, exportId, cancellationToken);

        return job is null
            ? ExportProblems.ExportNotFound(exportId)
            : TypedResults.Ok(responses.Create(job, context.Request));
    }
}
