namespace Exports.Renderer.Provenance;

/// <summary>How a cell differs between the recorded export and the file under verification.</summary>
public enum CellChange
{
    /// <summary>The cell has a different value or type than was recorded.</summary>
    Modified,

    /// <summary>The cell has a value but was blank when recorded.</summary>
    Added,

    /// <summary>The cell was recorded with a value but is blank now.</summary>
    Removed,
}
