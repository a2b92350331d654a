using Exports.Contracts;
using Exports.Contracts.Validation;
using FluentValidation;

namespace Exports.Api.Exports;

/// <summary>
/// Rules of an export request that need no stored data; failures are keyed by snake_case field. Whether the
/// workbook and its sheets exist is checked afterwards against the read model.
/// </summary>
public sealed class CreateExportRequestValidator : AbstractValidator<CreateExportRequest>
{
    /// <summary>Creates the rules.</summary>
    public CreateExportRequestValidator()
    {
        RuleFor(request => request.WorkbookId)
            .NotEmpty()
            .OverridePropertyName("workbook_id")
            .WithMessage("Field 'workbook_id' is missing: set it to the id of an uploaded workbook.")
            .Must(WorkbookIdRules.IsValid)
            .WithMessage(request => $"Workbook id '{ValueText.Shorten(request.WorkbookId)}' is invalid: use a " +
                "workbook's UUID, such as 550e8400-e29b-41d4-a716-446655440000.");

        RuleFor(request => request.Format)
            .NotEmpty()
            .OverridePropertyName("format")
            .WithMessage($"Field 'format' is missing: set it to one of {string.Join(", ", ExportFormat.All)}.")
            .Must(ExportFormat.IsSupported)
            .WithMessage(request =>
                $"Format '{ValueText.Shorten(request.Format)}' is not supported: use one of " +
                $"{string.Join(", ", ExportFormat.All)}.");

        RuleFor(request => request.SheetIds!)
            .SetValidator(new SheetIdsValidator())
            .When(request => request.SheetIds is not null)
            .OverridePropertyName(string.Empty);

        RuleFor(request => request.Options!)
            .SetValidator(new ExportOptionsValidator())
            .When(request => request.Options is not null)
            .OverridePropertyName(string.Empty);
    }
}
