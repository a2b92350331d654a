namespace Exports.Contracts;

/// <summary>Why an export failed, shown to the tenant as <c>error_details</c>.</summary>
public sealed record ExportError
{
    /// <summary>Stable machine-readable code, such as <c>invalid_request</c> or <c>workbook_not_found</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Human-readable message that names the value and the fix.</summary>
    public required string Message { get; init; }

    /// <summary>Request field that failed validation, in snake_case; null when no single field is at fault.</summary>
    public string? Field { get; init; }
}
