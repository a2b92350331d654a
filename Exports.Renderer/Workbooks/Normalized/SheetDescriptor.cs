namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>One worksheet of a normalised workbook.</summary>
public sealed record SheetDescriptor
{
    /// <summary>Sheet id, a UUID minted at import.</summary>
    public required string SheetId { get; init; }

    /// <summary>Zero-based position in workbook order; also names the sheet's cell stream.</summary>
    public required int Index { get; init; }

    /// <summary>Sheet name as the source gives it.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the source hid the sheet (hidden or very hidden).</summary>
    public bool Hidden { get; init; }

    /// <summary>Counts and column widths of the sheet's cells.</summary>
    public required SheetStatistics Statistics { get; init; }
}
