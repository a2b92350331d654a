namespace Exports.Contracts;

/// <summary>A source file could not be read as a spreadsheet; nothing of it was kept.</summary>
public sealed record WorkbookImportRejected
{
    /// <summary>Workbook id of the request.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Stable code, such as <c>unsupported_file_type</c> or <c>corrupt_workbook</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Human-readable reason that names what was wrong with the file.</summary>
    public required string Reason { get; init; }
}
