namespace Exports.Renderer.Provenance;

/// <summary>One cell that differs between the recorded digests of a sheet and the recomputed ones.</summary>
/// <param name="Row">1-based row number.</param>
/// <param name="Column">1-based column number.</param>
/// <param name="Change">Kind of difference.</param>
public readonly record struct CellDifference(int Row, int Column, CellChange Change)
{
    /// <summary>The cell's A1 reference, such as <c>C12</c>.</summary>
    public string Reference => A1Reference.Format(Row, Column);
}
