using System.Globalization;
using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Streams the cells of a worksheet part in document order. A row or cell without an <c>r</c> attribute takes
/// the position after the previous one, as Excel does; a reference outside the sheet is rejected.
/// </summary>
internal sealed class WorksheetCellReader(XmlReader reader, string sheetName)
{
    private int row;
    private int column;

    /// <summary>Reads every cell element of <c>sheetData</c>, blank ones included.</summary>
    public IEnumerable<SourceCell> ReadCells()
    {
        if (!MoveToSheetData())
        {
            yield break;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (OoxmlNames.IsMainElement(reader, "row"))
            {
                StartRow();
                reader.Read();
                continue;
            }

            if (OoxmlNames.IsMainElement(reader, "c"))
            {
                yield return ReadCell();
                continue;
            }

            reader.Read();
        }
    }

    private bool MoveToSheetData()
    {
        while (reader.Read())
        {
            if (OoxmlNames.IsMainElement(reader, "sheetData"))
            {
                return !reader.IsEmptyElement;
            }
        }

        return false;
    }

    private void StartRow()
    {
        var reference = reader.GetAttribute("r");
        if (reference is null)
        {
            row++;
        }
        else if (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                 && number is >= 1 and <= CellReference.MaxRow)
        {
            row = number;
        }
        else
        {
            throw ImportRejections.Corrupt(
                $"sheet '{sheetName}' has a row numbered '{reference}', outside 1 to {CellReference.MaxRow}.");
        }

        column = 0;
    }

    private SourceCell ReadCell()
    {
        PlaceCell(reader.GetAttribute("r"));
        var type = reader.GetAttribute("t");
        var formatIndex = XmlValues.ParseInt(reader.GetAttribute("s")) ?? 0;
        string? value = null;
        string? inlineText = null;
        string? formula = null;

        if (reader.IsEmptyElement)
        {
            reader.Read();

            return new SourceCell(row, column, type, formatIndex, null, null, null);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && OoxmlNames.IsMain(reader.NamespaceURI))
            {
                switch (reader.LocalName)
                {
                    case "v":
                        value = reader.ReadElementContentAsString();
                        continue;
                    case "f":
                        formula = reader.ReadElementContentAsString();
                        continue;
                    case "is":
                        inlineText = RichTextReader.Read(reader);
                        continue;
                }
            }

            reader.Read();
        }

        reader.Read();

        return new SourceCell(row, column, type, formatIndex, value, inlineText, formula);
    }

    private void PlaceCell(string? reference)
    {
        if (reference is null)
        {
            column++;
            if (row == 0)
            {
                row = 1;
            }
        }
        else if (CellReference.TryParse(reference, out var cellRow, out var cellColumn))
        {
            (row, column) = (cellRow, cellColumn);
        }
        else
        {
            throw ImportRejections.Corrupt(
                $"sheet '{sheetName}' has a cell at '{reference}', which is not a cell reference inside the sheet.");
        }

        if (column > CellReference.MaxColumn)
        {
            throw ImportRejections.Corrupt(
                $"sheet '{sheetName}' has more than {CellReference.MaxColumn} cells in row {row}.");
        }
    }
}
