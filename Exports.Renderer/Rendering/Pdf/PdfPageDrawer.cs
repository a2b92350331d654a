using System.Globalization;
using Exports.Renderer.Provenance;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Draws the table part of a page: the sheet's name, the column letters, the header row (row 1, on every page of
/// its sheet), then the rows of one block, each with its row number. The footer is drawn later, once the data
/// hash is known.
/// </summary>
internal sealed class PdfPageDrawer(PdfPageStyles styles)
{
    private const double TextDescent = 3.2;

    private static readonly XPen GridPen = new(XColor.FromGrayScale(0.75), 0.3);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromGrayScale(0.92));

    private static double TableTop =>
        PdfPageGeometry.TopMargin + PdfPageGeometry.TitleHeight + PdfPageGeometry.LettersHeight;

    /// <summary>Adds the page of band <paramref name="band"/> of a block of rows to <paramref name="page"/>.</summary>
    public void Draw(PdfPage page, PdfSheetPlan sheet, int band, PdfRow? header, IReadOnlyList<PdfRow> rows)
    {
        var layout = sheet.Layout;
        page.Width = XUnit.FromPoint(layout.PageWidth);
        page.Height = XUnit.FromPoint(layout.PageHeight);
        using var graphics = XGraphics.FromPdfPage(page);
        var columns = layout.Bands[band];

        DrawTitle(graphics, sheet, band);
        DrawLetters(graphics, layout, columns);
        var top = TableTop;
        if (header is not null)
        {
            graphics.DrawRectangle(
                HeaderFill, PdfPageGeometry.SideMargin, top, TableWidth(layout, columns), PdfPageGeometry.RowHeight);
            DrawRow(graphics, layout, columns, header, top, styles.Header);
            top += PdfPageGeometry.RowHeight;
        }

        foreach (var row in rows)
        {
            DrawRow(graphics, layout, columns, row, top, styles.Cell);
            top += PdfPageGeometry.RowHeight;
        }

        DrawGrid(graphics, layout, columns, top);
        if (header is null && rows.Count == 0)
        {
            var baseline = TableTop + PdfPageGeometry.RowHeight - TextDescent;
            PdfTextDrawer.Draw(graphics, styles.Cell, "This sheet has no values.", PdfPageGeometry.SideMargin,
                baseline, PdfPageGeometry.TableWidth(layout.PageWidth), alignRight: false);
        }
    }

    private void DrawTitle(XGraphics graphics, PdfSheetPlan sheet, int band)
    {
        var bands = sheet.Layout.Bands;
        var title = sheet.Input.Name;
        if (bands.Count > 1)
        {
            title += string.Create(CultureInfo.InvariantCulture,
                $"  (columns {Letter(bands[band][0])} to {Letter(bands[band][^1])}, part {band + 1} of {bands.Count})");
        }

        PdfTextDrawer.Draw(graphics, styles.Title, title, PdfPageGeometry.SideMargin, PdfPageGeometry.TopMargin + 12,
            PdfPageGeometry.TableWidth(sheet.Layout.PageWidth), alignRight: false);
    }

    private void DrawLetters(XGraphics graphics, PdfSheetLayout layout, IReadOnlyList<PdfColumn> columns)
    {
        var baseline = PdfPageGeometry.TopMargin + PdfPageGeometry.TitleHeight + PdfPageGeometry.LettersHeight - 2.5;
        foreach (var column in columns)
        {
            PdfTextDrawer.Draw(graphics, styles.Label, Letter(column), CellLeft(layout, column), baseline,
                column.Width - (2 * PdfPageGeometry.CellPadding), alignRight: false);
        }
    }

    private void DrawRow(
        XGraphics graphics, PdfSheetLayout layout, IReadOnlyList<PdfColumn> columns, PdfRow row, double top,
        PdfTextStyle style)
    {
        var baseline = top + PdfPageGeometry.RowHeight - TextDescent;
        var numberWidth = layout.RowNumberWidth - (2 * PdfPageGeometry.CellPadding);
        PdfTextDrawer.Draw(graphics, styles.Label, row.Number.ToString(CultureInfo.InvariantCulture),
            PdfPageGeometry.SideMargin + PdfPageGeometry.CellPadding, baseline, numberWidth, alignRight: true);

        var cell = 0;
        foreach (var column in columns)
        {
            while (cell < row.Cells.Count && row.Cells[cell].Column < column.Number)
            {
                cell++;
            }

            if (cell < row.Cells.Count && row.Cells[cell].Column == column.Number)
            {
                var text = row.Cells[cell];
                PdfTextDrawer.Draw(graphics, style, text.Text, CellLeft(layout, column), baseline,
                    column.Width - (2 * PdfPageGeometry.CellPadding), text.AlignRight);
            }
        }
    }

    private static void DrawGrid(
        XGraphics graphics, PdfSheetLayout layout, IReadOnlyList<PdfColumn> columns, double bottom)
    {
        var left = PdfPageGeometry.SideMargin;
        var right = left + TableWidth(layout, columns);
        for (var y = TableTop; y <= bottom + 0.01; y += PdfPageGeometry.RowHeight)
        {
            graphics.DrawLine(GridPen, left, y, right, y);
        }

        graphics.DrawLine(GridPen, left, TableTop, left, bottom);
        var x = left + layout.RowNumberWidth;
        graphics.DrawLine(GridPen, x, TableTop, x, bottom);
        foreach (var column in columns)
        {
            x = left + layout.RowNumberWidth + column.Left + column.Width;
            graphics.DrawLine(GridPen, x, TableTop, x, bottom);
        }
    }

    private static double TableWidth(PdfSheetLayout layout, IReadOnlyList<PdfColumn> columns) =>
        layout.RowNumberWidth + (columns.Count == 0 ? 0 : columns[^1].Left + columns[^1].Width);

    private static double CellLeft(PdfSheetLayout layout, PdfColumn column) =>
        PdfPageGeometry.SideMargin + layout.RowNumberWidth + column.Left + PdfPageGeometry.CellPadding;

    // CSV sources may have columns past Excel's last one, XFD, which have no letters.
    private static string Letter(PdfColumn column) =>
        column.Number <= A1Reference.MaxColumn
            ? A1Reference.ColumnName(column.Number)
            : string.Create(CultureInfo.InvariantCulture, $"C{column.Number}");
}
