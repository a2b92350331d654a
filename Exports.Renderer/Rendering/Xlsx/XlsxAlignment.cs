using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>The <c>alignment</c> element of a cell format, with values SpreadsheetML accepts.</summary>
internal sealed record XlsxAlignment(string? Horizontal, string? Vertical, int TextRotation, bool WrapText, int Indent)
{
    private const int MaxIndent = 250;

    private static readonly HashSet<string> HorizontalValues = new(StringComparer.Ordinal)
    {
        "general", "left", "center", "right", "fill", "justify", "centerContinuous", "distributed",
    };

    private static readonly HashSet<string> VerticalValues = new(StringComparer.Ordinal)
    {
        "top", "center", "bottom", "justify", "distributed",
    };

    /// <summary>Returns the alignment of a source style, or null when it has none worth writing.</summary>
    public static XlsxAlignment? From(CellStyle style)
    {
        var horizontal = style.HorizontalAlignment is { } h && HorizontalValues.Contains(h) && h != "general" ? h : null;
        var vertical = style.VerticalAlignment is { } v && VerticalValues.Contains(v) && v != "bottom" ? v : null;
        var rotation = style.TextRotation is (>= 0 and <= 180) or 255 ? style.TextRotation : 0;
        var indent = Math.Clamp(style.Indent, 0, MaxIndent);

        // Excel applies an indent only to left, right or distributed text; an indent on general text is left.
        if (indent > 0 && horizontal is not ("left" or "right" or "distributed"))
        {
            horizontal = "left";
        }

        var alignment = new XlsxAlignment(horizontal, vertical, rotation, style.WrapText, indent);

        return alignment == new XlsxAlignment(null, null, 0, false, 0) ? null : alignment;
    }
}
