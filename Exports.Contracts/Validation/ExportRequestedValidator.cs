using FluentValidation;
using FluentValidation.Results;

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
                $"Export id '{ValueText.Shorten(request.ExportId)}' is invalid: use 'exp_' and 16 to 60 lowercase " +
                "letters or digits.");

        RuleFor(request => request.TenantId)
            .Must(TenantIdRules.IsValid)
            .OverridePropertyName("tenant_id")
            .WithMessage(request =>
                $"Tenant id '{ValueText.Shorten(request.TenantId)}' is invalid: {TenantIdRules.Description}.");

        RuleFor(request => request.WorkbookId)
            .Must(WorkbookIdRules.IsValid)
            .OverridePropertyName("workbook_id")
            .WithMessage(request =>
                $"Workbook id '{ValueText.Shorten(request.WorkbookId)}' is invalid: use a UUID such as " +
                "550e8400-e29b-41d4-a716-446655440000.");

        RuleFor(request => request.Format)
            .Must(ExportFormat.IsSupported)
            .OverridePropertyName("format")
            .WithMessage(request =>
                $"Format '{ValueText.Shorten(request.Format)}' is not supported: use one of " +
                $"{string.Join(", ", ExportFormat.All)}.");

        // The nested validators name their fields in full (sheet_ids, options.csv_delimiter), so their failures
        // are added as they are rather than under a prefix of the property that contains them.
        RuleFor(request => request.SheetIds)
            .Custom((ids, context) => AddAll(new SheetIdsValidator().Validate(ids!), context))
            .When(request => request.SheetIds is not null);

        RuleFor(request => request.Options)
            .Custom((options, context) => AddAll(new ExportOptionsValidator().Validate(options!), context))
            .When(request => request.Options is not null);

        RuleFor(request => request.RequestedAt)
            .NotEqual(default(DateTimeOffset))
            .OverridePropertyName("requested_at")
            .WithMessage("Requested time is missing: set requested_at to the UTC time of the request.");
    }

    private static void AddAll(ValidationResult result, ValidationContext<ExportRequested> context)
    {
        foreach (var failure in result.Errors)
        {
            context.AddFailure(new ValidationFailure(failure.PropertyName, failure.ErrorMessage));
        }
    }
}
