namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Progress that is not reported: a sealed PDF reads cells the XLSX writer has already reported, and counting
/// them again would take progress past its total.
/// </summary>
internal sealed class DiscardedProgress : IRenderProgress
{
    /// <summary>The instance.</summary>
    public static readonly DiscardedProgress Instance = new();

    /// <inheritdoc />
    public void Advance(long cells)
    {
    }
}
