using Exports.Contracts;

namespace Exports.Api.Workbooks;

/// <summary>
/// The response to an import request: imported or rejected, or neither when no renderer responded in time.
/// </summary>
public sealed record WorkbookImportReply
{
    /// <summary>The imported workbook; null unless it was imported.</summary>
    public WorkbookImported? Imported { get; init; }

    /// <summary>Why the file was rejected; null unless it was rejected.</summary>
    public WorkbookImportRejected? Rejected { get; init; }

    /// <summary>Whether a renderer failed while importing, rather than responding; null unless it did.</summary>
    public string? Fault { get; init; }

    /// <summary>Whether no renderer responded within the import timeout.</summary>
    public bool TimedOut => Imported is null && Rejected is null && Fault is null;
}
