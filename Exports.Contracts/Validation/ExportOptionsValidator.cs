using FluentValidation;

namespace Exports.Contracts.Validation;

/// <summary>
/// Rules for <see cref="ExportOptions"/>; property names in failures are <c>options.</c> and snake_case.
/// </summary>
public sealed class ExportOptionsValidator : AbstractValidator<ExportOptions>
{
    /// <summary>Creates the rules.</summary>
    public ExportOptionsValidator()
    {
        RuleFor(options => options.CsvDelimiter)
            .Must(delimiter => CsvDelimiterRules.TryResolve(delimiter, out _))
            .When(options => options.CsvDelimiter is not null)
            .OverridePropertyName("options.csv_delimiter")
            .WithMessage(options =>
                $"CSV delimiter '{ValueText.Shorten(options.CsvDelimiter)}' is invalid: " +
                $"{CsvDelimiterRules.Description}.");

        RuleFor(options => options.CsvEncoding)
            .Must(encoding => CsvEncodingNames.TryNormalize(encoding, out _))
            .When(options => options.CsvEncoding is not null)
            .OverridePropertyName("options.csv_encoding")
            .WithMessage(options =>
                $"CSV encoding '{ValueText.Shorten(options.CsvEncoding)}' is not supported: use one of " +
                $"{CsvEncodingNames.Description}.");

        RuleFor(options => options.ClassificationThreshold)
            .Must(level => ClassificationLevel.All.Contains(level!, StringComparer.Ordinal))
            .When(options => options.ClassificationThreshold is not null)
            .OverridePropertyName("options.classification_threshold")
            .WithMessage(options =>
                $"Classification threshold '{ValueText.Shorten(options.ClassificationThreshold)}' is invalid: " +
                "use one of " +
                $"{string.Join(", ", ClassificationLevel.All)}.");

        RuleFor(options => options.RedactionStrategy)
            .Must(strategy => RedactionStrategy.All.Contains(strategy!, StringComparer.Ordinal))
            .When(options => options.RedactionStrategy is not null)
            .OverridePropertyName("options.redaction_strategy")
            .WithMessage(options =>
                $"Redaction strategy '{ValueText.Shorten(options.RedactionStrategy)}' is invalid: use one of " +
                $"{string.Join(", ", RedactionStrategy.All)}.");
    }
}
