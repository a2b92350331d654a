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
            .WithMessage((_, id) =>
                $"Sheet id '{ValueText.Shorten(id)}' is invalid: use a sheet id from the workbook, a UUID.");

        RuleFor(ids => ids)
            .Must(ids => FirstRepeat(ids) is null)
            .OverridePropertyName("sheet_ids")
            .WithMessage(ids =>
                $"Sheet id '{ValueText.Shorten(FirstRepeat(ids))}' is named twice: name each sheet once.");
    }

    private static string? FirstRepeat(IReadOnlyList<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        return ids.FirstOrDefault(id => !seen.Add(id));
    }
}
