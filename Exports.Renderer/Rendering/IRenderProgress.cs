namespace Exports.Renderer.Rendering;

/// <summary>Receives progress from a writer; implementations decide how often to publish it.</summary>
public interface IRenderProgress
{
    /// <summary>Reports that <paramref name="cells"/> more cells were written. Cheap enough to call per row.</summary>
    void Advance(long cells);
}
