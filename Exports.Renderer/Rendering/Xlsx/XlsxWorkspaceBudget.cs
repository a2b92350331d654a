namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// The cells the Workspace sheets of one export may still mirror. Once a row does not fit, the budget closes,
/// so later rows and sheets mirror nothing and the mirror stops at one place.
/// </summary>
internal sealed class XlsxWorkspaceBudget(long maxCells)
{
    private long remaining = maxCells;

    /// <summary>Maximum number of cells mirrored in all.</summary>
    public long MaxCells { get; } = maxCells;

    /// <summary>
    /// Takes room for a row of <paramref name="cells"/> cells. Returns false and closes the budget when the row
    /// does not fit.
    /// </summary>
    public bool TryTake(int cells)
    {
        if (cells > remaining)
        {
            remaining = 0;
            return false;
        }

        remaining -= cells;

        return true;
    }
}
