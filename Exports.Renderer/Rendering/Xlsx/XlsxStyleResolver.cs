using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Maps each cell's source style to an output cell format. With styles included, a cell keeps its source
/// style; without, cells are plain. Either way a date cell whose style has no date format gets a default
/// one (<see cref="XlsxDateFormats"/>), so that it shows as a date and not as its serial.
/// </summary>
internal sealed class XlsxStyleResolver
{
    private readonly Dictionary<int, CellStyle> sourceStyles;
    private readonly bool includeStyles;
    private readonly XlsxStyleSheet styleSheet;
    private readonly Dictionary<(int StyleId, XlsxDateDisplay Display), int> formatIds = [];

    /// <summary>Starts a resolver over the workbook's style table.</summary>
    public XlsxStyleResolver(IReadOnlyList<CellStyle> styles, bool includeStyles, XlsxStyleSheet styleSheet)
    {
        sourceStyles = styles.GroupBy(style => style.Id).ToDictionary(group => group.Key, group => group.First());
        this.includeStyles = includeStyles;
        this.styleSheet = styleSheet;
    }

    /// <summary>Returns the output format index of a cell; 0 needs no <c>s</c> attribute.</summary>
    public int Resolve(in NormalizedCell cell)
    {
        var display = cell.Kind is CellKind.DateTime ? XlsxDateFormats.Classify(cell.Number) : XlsxDateDisplay.None;
        var key = (includeStyles ? cell.StyleId : 0, display);
        if (!formatIds.TryGetValue(key, out var id))
        {
            id = styleSheet.Add(BuildFormat(key.Item1, display));
            formatIds.Add(key, id);
        }

        return id;
    }

    private XlsxCellFormat BuildFormat(int styleId, XlsxDateDisplay display)
    {
        var source = includeStyles ? sourceStyles.GetValueOrDefault(styleId) : null;
        var format = source is null ? XlsxCellFormat.Default : XlsxCellFormat.From(source);
        var hasDateFormat = source is { IsDate: true } && format.NumberFormat is not null;

        return display is XlsxDateDisplay.None || hasDateFormat
            ? format
            : format with { NumberFormat = XlsxDateFormats.Code(display) };
    }
}
