using FluentValidation;

namespace Exports.Contracts.Validation;

/// <summary>
/// Rules every <see cref="ExportRequested"/> must meet. Renderers apply them to each message they receive, and
/// internal publishers may apply them before publishing. Property names in failures are snake_case.
/// </summary>
public sealed class ExportRequestedValidator : AbstractValidator<ExportRequested>
{
    /// <summary>Creates the rules.</summary>
    public ExportRequestedValidator()
    {
        RuleFor(request => request.ExportId)
            .Must(ExportId.IsValid)
            .OverridePropertyName("export_id")
            .WithMessage(request =>
                $"Export id '{request.ExportId}' is invalid: use 'exp_' and 16 to 60 lowercase letters or digits.");

        RuleFor(request => request.TenantId)
            .Must(TenantIdRules.IsValid)
            .OverridePropertyName("tenant_id")
            .WithMessage(request => $"Tenant id '{request.TenantId}' is invalid: {TenantIdRules.Description}.");

        RuleFor(request => request.WorkbookId)
            .Must(WorkbookIdRules.IsValid)
            .OverridePropertyName("workbook_id")
            .WithMessage(request =>
                $"Workbook id '{request.WorkbookId}' is invalid: use a UUID such as 550e8400-e29b-41d4-a716-446655440000.");

        RuleFor(request => request.Format)
            .Must(ExportFormat.IsSupported)
            .OverridePropertyName("format")
            .WithMessage(request =>
                $"Format '{request.Format}' is not supported: use one of {string.Join(", ", ExportFormat.All)}.");

        RuleFor(request => request.SheetIds)
            .SetValidator(new SheetIdsValidator()!)
            .When(request => request.SheetIds is not null);

        RuleFor(request => request.Options)
            .SetValidator(new ExportOptionsValidator()!)
            .When(request => request.Options is not null)
            .OverridePropertyName("options");

        RuleFor(request => request.RequestedAt)
            .NotEqual(default(DateTimeOffset))
            .OverridePropertyName("requested_at")
            .WithMessage("Requested time is missing: set requested_at to the UTC time of the request.");
    }
}
