namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>An <c>xf</c> of the style part's <c>cellXfs</c>, which a cell's <c>s</c> attribute indexes.</summary>
internal sealed record CellFormat
{
    public int NumberFormatId { get; init; }

    public int FontId { get; init; }

    public int FillId { get; init; }

    public int BorderId { get; init; }

    public string? Horizontal { get; init; }

    public string? Vertical { get; init; }

    public bool WrapText { get; init; }

    public int Indent { get; init; }

    public int TextRotation { get; init; }
}
