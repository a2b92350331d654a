using FluentValidation;

namespace Exports.Contracts.Validation;

/// <summary>Rules for <c>sheet_ids</c>: UUIDs, each named once.</summary>
public sealed class SheetIdsValidator : AbstractValidator<IReadOnlyList<string>>
{
    /// <summary>Creates the rules.</summary>
    public SheetIdsValidator()
    {
        RuleForEach(ids => ids)
            .Must(WorkbookIdRules.IsValid)
            .OverridePropertyName("sheet_ids")
            .WithMessage((_, id) => $"Sheet id '{id}' is invalid: use a sheet id from the workbook, a UUID.");

        RuleFor(ids => ids)
            .Must(ids => ids.Distinct(StringComparer.OrdinalIgnoreCase).Count() == ids.Count)
            .OverridePropertyName("sheet_ids")
            .WithMessage("Sheet ids repeat: name each sheet once.");
    }
}
