namespace Exports.Contracts;

/// <summary>One difference between a verified copy and the export's record.</summary>
public sealed record CellDiff
{
    /// <summary>Sheet name as it appears in the copy, or as recorded for a removed sheet.</summary>
    public required string Sheet { get; init; }

    /// <summary>
    /// A1 reference of the cell, such as <c>C12</c>; null when the difference concerns the whole sheet.
    /// </summary>
    public string? Cell { get; init; }

    /// <summary><c>modified</c>, <c>added</c> or <c>removed</c>.</summary>
    public required string Status { get; init; }
}
