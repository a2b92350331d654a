namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// The pages of one sheet. Rows come in blocks of one page height, and each block gets one page per column band,
/// left to right, before the next block starts.
/// </summary>
internal sealed record PdfSheetPlan
{
    /// <summary>The sheet.</summary>
    public required PdfSheetInput Input { get; init; }

    /// <summary>Its layout.</summary>
    public required PdfSheetLayout Layout { get; init; }

    /// <summary>0-based number of its first page in the document.</summary>
    public required int FirstPage { get; init; }

    /// <summary>Blocks of rows drawn; 0 when the page limit leaves no room for the sheet.</summary>
    public required int RowBlocks { get; init; }

    /// <summary>Column bands drawn per block: all of them, unless one block alone is past the page limit.</summary>
    public required int BandsDrawn { get; init; }

    /// <summary>Rows with values drawn, the header row included.</summary>
    public required int RowsShown { get; init; }

    /// <summary>Rows with values the page limit leaves out.</summary>
    public int RowsOmitted => Input.Source.Statistics.RowsWithValues - RowsShown;

    /// <summary>Whether the page limit leaves out whole column bands of the rows shown.</summary>
    public bool ColumnsOmitted => RowBlocks > 0 && BandsDrawn < Layout.Bands.Count;

    /// <summary>Number of pages.</summary>
    public int Pages => RowBlocks * BandsDrawn;

    /// <summary>Rows below the header row per page.</summary>
    public int DataRowsPerPage => Layout.RowsPerPage - (Input.HasHeader ? 1 : 0);
}
