namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>The tables of a style part, as written, before colours are resolved and styles deduplicated.</summary>
internal sealed record StylesPart
{
    public static StylesPart Empty { get; } = new();

    public IReadOnlyDictionary<int, string> NumberFormats { get; init; } = new Dictionary<int, string>();

    public IReadOnlyList<StyleFont> Fonts { get; init; } = [];

    /// <summary>Solid fill colour of each fill; null for no fill or a pattern or gradient fill.</summary>
    public IReadOnlyList<ColorReference?> Fills { get; init; } = [];

    public IReadOnlyList<StyleBorder> Borders { get; init; } = [];

    public IReadOnlyList<CellFormat> CellFormats { get; init; } = [];

    /// <summary>Indexed palette that replaces the default one; empty when the part keeps the default.</summary>
    public IReadOnlyList<string> IndexedColors { get; init; } = [];
}
