using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Exports.Renderer.Provenance;
using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Benchmarks;

/// <summary>
/// The alternative the benchmark measures against: the same cells written with the Open XML SDK's SAX-style
/// <see cref="OpenXmlWriter"/>. Values only, no styles, so it does less than the product's writer.
/// </summary>
public static class OpenXmlSdkWorksheetExport
{
    /// <summary>
    /// Writes every sheet of <paramref name="context"/> into a new workbook at <paramref name="path"/>.
    /// </summary>
    public static async Task WriteAsync(RenderContext context, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheets = new Sheets();
        foreach (var sheet in context.Sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            await WriteSheetAsync(context, sheet, worksheetPart);
            sheets.Append(new Sheet
            {
                Name = sheet.Name,
                SheetId = (uint)(sheet.Index + 1),
                Id = workbookPart.GetIdOfPart(worksheetPart),
            });
        }

        workbookPart.Workbook = new Workbook(sheets);
    }

    private static async Task WriteSheetAsync(RenderContext context, SheetDescriptor sheet, WorksheetPart part)
    {
        using var cells = await context.Cells.OpenAsync(sheet, CancellationToken.None);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var row = 0;
        while (cells.TryRead(out var cell))
        {
            if (cell.Row != row)
            {
                if (row != 0)
                {
                    writer.WriteEndElement();
                }

                row = cell.Row;
                writer.WriteStartElement(new Row { RowIndex = (uint)row });
            }

            writer.WriteElement(ToCell(cell));
        }

        if (row != 0)
        {
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell ToCell(in NormalizedCell cell)
    {
        var reference = A1Reference.Format(cell.Row, cell.Column);

        return cell.Kind switch
        {
            CellKind.Text => new Cell(new InlineString(new Text(cell.Text!)))
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
            },
            _ => new Cell(new CellValue(cell.Number)) { CellReference = reference },
        };
    }
}
