using Exports.Renderer.Rendering;

namespace Exports.Tests.Support.Normalized;

/// <summary>Records every progress report; can run an action on each, such as cancelling.</summary>
public sealed class RecordingProgress(Action<long>? onAdvance = null) : IRenderProgress
{
    /// <summary>Number of reports.</summary>
    public int Reports { get; private set; }

    /// <summary>Sum of the reported cells.</summary>
    public long Cells { get; private set; }

    /// <inheritdoc />
    public void Advance(long cells)
    {
        Reports++;
        Cells += cells;
        onAdvance?.Invoke(Cells);
    }
}
