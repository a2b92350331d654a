namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>The four borders of a <see cref="CellStyle"/>; a null side has no border.</summary>
public sealed record CellBorders
{
    /// <summary>Left border.</summary>
    public CellBorder? Left { get; init; }

    /// <summary>Right border.</summary>
    public CellBorder? Right { get; init; }

    /// <summary>Top border.</summary>
    public CellBorder? Top { get; init; }

    /// <summary>Bottom border.</summary>
    public CellBorder? Bottom { get; init; }
}
