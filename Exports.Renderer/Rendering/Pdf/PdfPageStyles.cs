using PdfSharp.Drawing;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>The text styles of one document's pages.</summary>
internal sealed class PdfPageStyles
{
    /// <summary>Creates the styles from the registered font families.</summary>
    public PdfPageStyles(PdfTypefaces typefaces)
    {
        var compactSize = PdfPageGeometry.CellFontSize * PdfPageGeometry.CompactScale;
        Cell = Create(typefaces, PdfPageGeometry.CellFontSize, bold: false, XBrushes.Black,
            Create(typefaces, compactSize, bold: false, XBrushes.Black));
        Header = Create(typefaces, PdfPageGeometry.CellFontSize, bold: true, XBrushes.Black,
            Create(typefaces, compactSize, bold: true, XBrushes.Black));
        Title = Create(typefaces, PdfPageGeometry.TitleFontSize, bold: true, XBrushes.Black);
        Label = Create(typefaces, PdfPageGeometry.LabelFontSize, bold: false, XBrushes.Gray);
        Footer = Create(typefaces, PdfPageGeometry.FooterFontSize, bold: false, XBrushes.DimGray);
    }

    /// <summary>Cells below the header row.</summary>
    public PdfTextStyle Cell { get; }

    /// <summary>Cells of the header row.</summary>
    public PdfTextStyle Header { get; }

    /// <summary>The sheet's name at the top of the page.</summary>
    public PdfTextStyle Title { get; }

    /// <summary>Column letters and row numbers.</summary>
    public PdfTextStyle Label { get; }

    /// <summary>The footer's lines.</summary>
    public PdfTextStyle Footer { get; }

    private static PdfTextStyle Create(
        PdfTypefaces typefaces, double size, bool bold, XBrush brush, PdfTextStyle? compact = null)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;

        return new PdfTextStyle(
            new XFont(typefaces.MainFamily, size, style),
            new XFont(typefaces.FallbackFamily, size, style),
            brush,
            compact);
    }
}
