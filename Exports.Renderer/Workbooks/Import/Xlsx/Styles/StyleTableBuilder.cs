using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>Turns the cell formats of a style part into the deduplicated <see cref="CellStyle"/> table.</summary>
internal static class StyleTableBuilder
{
    private static readonly CellStyle DefaultStyle = new() { Id = 0 };

    public static XlsxStyleMap Build(StylesPart part, IReadOnlyList<string> themeColors)
    {
        var indexed = part.IndexedColors.Count > 0 ? part.IndexedColors : IndexedColors.Default;
        var palette = new ColorPalette(indexed, themeColors);

        List<CellStyle> styles = [DefaultStyle];
        Dictionary<CellStyle, int> ids = new() { [DefaultStyle] = 0 };
        var styleIds = new int[part.CellFormats.Count];
        var kinds = new NumberFormatKind[part.CellFormats.Count];
        for (var index = 0; index < part.CellFormats.Count; index++)
        {
            var format = part.CellFormats[index];
            var (code, kind) = NumberFormatOf(part, format.NumberFormatId);
            var style = BuildStyle(part, palette, format, code, kind);

            if (!ids.TryGetValue(style, out var id))
            {
                id = styles.Count;
                ids[style] = id;
                styles.Add(style with { Id = id });
            }

            styleIds[index] = id;
            kinds[index] = kind;
        }

        return new XlsxStyleMap(styles, styleIds, kinds);
    }

    private static (string? Code, NumberFormatKind Kind) NumberFormatOf(StylesPart part, int id)
    {
        if (part.NumberFormats.TryGetValue(id, out var custom))
        {
            var code = custom.Equals("General", StringComparison.OrdinalIgnoreCase) ? null : custom;

            return (code, NumberFormatClassifier.Classify(custom));
        }

        return (BuiltInNumberFormats.Find(id), BuiltInNumberFormats.KindOf(id));
    }

    private static CellStyle BuildStyle(
        StylesPart part, ColorPalette palette, CellFormat format, string? code, NumberFormatKind kind) => new()
    {
        Id = 0,
        NumberFormat = code,
        IsDate = kind != NumberFormatKind.Number,
        Font = format.FontId > 0 && format.FontId < part.Fonts.Count
            ? BuildFont(part.Fonts[format.FontId], palette)
            : null,
        FillColor = format.FillId >= 0 && format.FillId < part.Fills.Count
            ? palette.Resolve(part.Fills[format.FillId])
            : null,
        Borders = format.BorderId >= 0 && format.BorderId < part.Borders.Count
            ? BuildBorders(part.Borders[format.BorderId], palette)
            : null,
        HorizontalAlignment = format.Horizontal is "general" ? null : format.Horizontal,
        VerticalAlignment = format.Vertical is "bottom" ? null : format.Vertical,
        WrapText = format.WrapText,
        Indent = format.Indent,
        TextRotation = format.TextRotation,
    };

    private static CellFont BuildFont(StyleFont font, ColorPalette palette) => new()
    {
        Name = font.Name,
        SizePoints = font.SizePoints,
        Bold = font.Bold,
        Italic = font.Italic,
        Underline = font.Underline,
        Strikethrough = font.Strikethrough,
        Color = palette.Resolve(font.Color),
    };

    private static CellBorders? BuildBorders(StyleBorder border, ColorPalette palette)
    {
        if (border.Left is null && border.Right is null && border.Top is null && border.Bottom is null)
        {
            return null;
        }

        return new CellBorders
        {
            Left = BuildLine(border.Left, palette),
            Right = BuildLine(border.Right, palette),
            Top = BuildLine(border.Top, palette),
            Bottom = BuildLine(border.Bottom, palette),
        };
    }

    private static CellBorder? BuildLine(StyleBorderLine? line, ColorPalette palette) =>
        line is null ? null : new CellBorder(line.Style, palette.Resolve(line.Color));
}
