namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Font of a <see cref="CellStyle"/>.</summary>
public sealed record CellFont
{
    /// <summary>Font name, such as <c>Calibri</c>; null for the default.</summary>
    public string? Name { get; init; }

    /// <summary>Size in points; null for the default.</summary>
    public double? SizePoints { get; init; }

    /// <summary>Bold.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic.</summary>
    public bool Italic { get; init; }

    /// <summary>Underlined (any underline style).</summary>
    public bool Underline { get; init; }

    /// <summary>Struck through.</summary>
    public bool Strikethrough { get; init; }

    /// <summary>ARGB colour; null for the default.</summary>
    public string? Color { get; init; }
}
