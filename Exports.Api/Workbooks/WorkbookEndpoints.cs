using Exports.Api.Auth;
using Exports.Api.Problems;
using Exports.Api.ReadModel;
using Exports.Contracts.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Exports.Api.Workbooks;

/// <summary>Maps the workbook endpoints.</summary>
public static class WorkbookEndpoints
{
    /// <summary>Maps <c>POST /workbooks</c> and <c>GET /workbooks/{workbook_id}</c> under the API group.</summary>
    public static RouteGroupBuilder MapWorkbookEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/workbooks", (HttpContext context, UploadWorkbookHandler handler) => handler.HandleAsync(context))
            .RequireAuthorization(ApiPolicies.UploadWorkbooks)
            .DisableAntiforgery();
        api.MapGet("/workbooks/{workbook_id}", GetAsync).RequireAuthorization(ApiPolicies.ReadWorkbooks);

        return api;
    }

    private static async Task<IResult> GetAsync(
        [FromRoute(Name = "workbook_id")] string workbookId,
        HttpContext context,
        IWorkbookStore workbooks,
        CancellationToken cancellationToken)
    {
        var caller = CallerIdentity.From(context.User);
        var workbook = WorkbookIdRules.IsValid(workbookId)
            ? await workbooks.FindAsync(caller.TenantId, workbookId.ToLowerInvariant(), cancellationToken)
            : null;

        return workbook is null
            ? ApiProblems.NotFound(
                "Workbook not found", $"Workbook '{ValueText.Shorten(workbookId)}' was not found: upload it first.")
            : TypedResults.Ok(WorkbookResponse.From(workbook));
    }
}
