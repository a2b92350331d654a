using Exports.Contracts;
using Exports.Contracts.Validation;
using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;
using FluentValidation;

namespace Exports.Renderer.Exports;

/// <summary>
/// Validates an <see cref="ExportRequested"/> again, as internal services publish it without the gateway, and
/// resolves its workbook and sheets within the request's tenant.
/// </summary>
public sealed class ExportPlanner(NormalizedWorkbookStore workbooks, IValidator<ExportRequested> validator)
{
    /// <summary>Returns the plan, or the error that fails the export.</summary>
    public async Task<(ExportPlan? Plan, ExportError? Error)> PlanAsync(
        ExportRequested request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            var failure = validation.Errors[0];

            return (null, new ExportError
            {
                Code = ExportErrorCode.InvalidRequest,
                Message = string.Join(" ", validation.Errors.Select(error => error.ErrorMessage)),
                Field = failure.PropertyName,
            });
        }

        var workbook = await workbooks.FindDescriptorAsync(request.TenantId, request.WorkbookId, cancellationToken);
        if (workbook is null)
        {
            return (null, new ExportError
            {
                Code = ExportErrorCode.WorkbookNotFound,
                Message = $"Workbook '{request.WorkbookId}' was not found: upload it first or check the id.",
                Field = "workbook_id",
            });
        }

        return ResolveSheets(request, workbook);
    }

    private static (ExportPlan? Plan, ExportError? Error) ResolveSheets(
        ExportRequested request, WorkbookDescriptor workbook)
    {
        if (request.SheetIds is not { Count: > 0 } ids)
        {
            return (CreatePlan(request, workbook, workbook.Sheets), null);
        }

        var byId = workbook.Sheets.ToDictionary(sheet => sheet.SheetId, StringComparer.OrdinalIgnoreCase);
        var missing = ids.FirstOrDefault(id => !byId.ContainsKey(id));
        if (missing is not null)
        {
            return (null, new ExportError
            {
                Code = ExportErrorCode.SheetNotFound,
                Message = $"Sheet '{missing}' is not a sheet of workbook '{workbook.WorkbookId}': use the ids the " +
                    "workbook lists.",
                Field = "sheet_ids",
            });
        }

        return (CreatePlan(request, workbook, [.. ids.Select(id => byId[id])]), null);
    }

    private static ExportPlan CreatePlan(
        ExportRequested request, WorkbookDescriptor workbook, IReadOnlyList<SheetDescriptor> sheets) => new()
    {
        Request = request,
        Workbook = workbook,
        Sheets = sheets,
        Options = RenderOptions.From(request.Options),
    };
}
