using Microsoft.Extensions.Options;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>Rejects <see cref="ImportOptions"/> that would disable a limit or make every workbook fail.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    internal const int MinCsvRecordCharacters = 64 * 1024;

    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        List<string> failures = [];

        RequirePositive(failures, nameof(ImportOptions.MaxPartUncompressedBytes), options.MaxPartUncompressedBytes);
        RequirePositive(failures, nameof(ImportOptions.MaxUncompressedBytes), options.MaxUncompressedBytes);
        RequirePositive(failures, nameof(ImportOptions.MaxZipEntries), options.MaxZipEntries);
        RequirePositive(failures, nameof(ImportOptions.MaxCellsPerSheet), options.MaxCellsPerSheet);

        if (!(options.MaxCompressionRatio >= 1))
        {
            var key = Key(nameof(ImportOptions.MaxCompressionRatio));
            failures.Add($"{key} is {options.MaxCompressionRatio}: set it to 1 or more.");
        }

        if (options.MaxCsvRecordCharacters < MinCsvRecordCharacters)
        {
            failures.Add(
                $"{Key(nameof(ImportOptions.MaxCsvRecordCharacters))} is {options.MaxCsvRecordCharacters}: " +
                $"set it to {MinCsvRecordCharacters} or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Returns the environment form of an option's key, such as <c>Import__MaxZipEntries</c>.</summary>
    internal static string Key(string optionName) => $"{ImportOptions.SectionName}__{optionName}";

    private static void RequirePositive(List<string> failures, string optionName, long value)
    {
        if (value <= 0)
        {
            failures.Add($"{Key(optionName)} is {value}: set it to a positive number.");
        }
    }
}
