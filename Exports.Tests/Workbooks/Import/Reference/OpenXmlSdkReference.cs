using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>
/// Reads a workbook's worksheets with the Open XML SDK (its typed part model and <see cref="OpenXmlReader"/>),
/// an implementation independent of the importer, and returns the cells the importer should store.
/// </summary>
public static partial class OpenXmlSdkReference
{
    private static readonly DateTime OleEpoch = new(1899, 12, 30);

    public static IReadOnlyList<ReferenceSheet> Read(string path)
    {
        var bytes = SdkPackageAdapter.Adapt(File.ReadAllBytes(path));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException($"{path} has no workbook part.");
        var context = new ReadContext(
            ReadSharedStrings(workbookPart),
            ReadCellFormats(workbookPart),
            workbookPart.Workbook.WorkbookProperties?.Date1904?.Value ?? false);

        List<ReferenceSheet> sheets = [];
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (workbookPart.GetPartById(sheet.Id!.Value!) is not WorksheetPart worksheetPart)
            {
                continue;
            }

            var hidden = sheet.State?.Value is { } state && state != SheetStateValues.Visible;
            sheets.Add(new ReferenceSheet(sheet.Name?.Value ?? string.Empty, hidden, ReadCells(worksheetPart, context)));
        }

        return sheets;
    }

    private static List<string> ReadSharedStrings(WorkbookPart workbookPart) =>
        [.. workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText) ?? []];

    private static string ItemText(OpenXmlElement item)
    {
        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    builder.Append(Unescape(text.Text));
                    break;
                case Run run:
                    builder.Append(Unescape(run.Text?.Text ?? string.Empty));
                    break;
            }
        }

        return builder.ToString();
    }

    private static List<(bool IsDate, bool IsDuration)> ReadCellFormats(WorkbookPart workbookPart)
    {
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId is not null)
            .GroupBy(format => format.NumberFormatId!.Value)
            .ToDictionary(group => (int)group.Key, group => group.Last().FormatCode?.Value ?? string.Empty) ?? [];

        return [.. stylesheet?.CellFormats?.Elements<CellFormat>().Select(format =>
        {
            var id = (int)(format.NumberFormatId?.Value ?? 0);

            return ReferenceDateFormats.Classify(id, custom.GetValueOrDefault(id));
        }) ?? []];
    }

    private static List<ReferenceCell> ReadCells(WorksheetPart worksheetPart, ReadContext context)
    {
        SortedDictionary<(int Row, int Column), ReferenceCell> cells = [];
        using var reader = OpenXmlReader.Create(worksheetPart);
        var (row, column) = (0, 0);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var rowIndex = reader.Attributes.FirstOrDefault(attribute => attribute.LocalName == "r").Value;
                row = rowIndex is null ? row + 1 : int.Parse(rowIndex, CultureInfo.InvariantCulture);
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                (row, column) = cell.CellReference?.Value is { } reference ? Parse(reference) : (Math.Max(row, 1), column + 1);
                if (Convert(cell, row, column, context) is { } converted)
                {
                    cells[(row, column)] = converted;
                }
                else
                {
                    cells.Remove((row, column));
                }
            }
        }

        return [.. cells.Values];
    }

    private static ReferenceCell? Convert(Cell cell, int row, int column, ReadContext context)
    {
        var formula = cell.CellFormula?.Text is { Length: > 0 } text ? text : null;
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        (string Kind, string Value)? value;
        if (type == CellValues.SharedString)
        {
            value = string.IsNullOrEmpty(raw) ? null : TextValue(context.SharedStrings[int.Parse(raw, CultureInfo.InvariantCulture)]);
        }
        else if (type == CellValues.InlineString)
        {
            value = TextValue(cell.InlineString is { } inline ? ItemText(inline) : Unescape(raw ?? string.Empty));
        }
        else if (type == CellValues.String)
        {
            value = TextValue(Unescape(raw ?? string.Empty));
        }
        else if (type == CellValues.Boolean)
        {
            value = string.IsNullOrEmpty(raw) ? null : ("Boolean", raw.Trim() is "1" or "true" ? "TRUE" : "FALSE");
        }
        else if (type == CellValues.Error)
        {
            value = string.IsNullOrEmpty(raw) ? null : ("Error", raw);
        }
        else if (type == CellValues.Date)
        {
            value = string.IsNullOrEmpty(raw) ? null : ("DateTime", Format(IsoSerial(raw)));
        }
        else
        {
            value = NumberValue(raw, cell.StyleIndex?.Value ?? 0, context);
        }

        return value is { } found ? new ReferenceCell(row, column, found.Kind, found.Value, formula) : null;
    }

    private static (string Kind, string Value)? TextValue(string text) => text.Length == 0 ? null : ("Text", text);

    private static (string Kind, string Value)? NumberValue(string? raw, uint styleIndex, ReadContext context)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return ("Error", "#NUM!");
        }

        var (isDate, isDuration) = styleIndex < context.Formats.Count ? context.Formats[(int)styleIndex] : (false, false);
        if (!isDate)
        {
            return ("Number", Format(number));
        }

        return ("DateTime", Format(context.Date1904 && !isDuration ? number + 1462 : number));
    }

    private static double IsoSerial(string raw)
    {
        if (!raw.Contains('-'))
        {
            return TimeSpan.Parse(raw, CultureInfo.InvariantCulture).TotalDays;
        }

        var date = DateTime.Parse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        return (date - OleEpoch).TotalDays;
    }

    private static (int Row, int Column) Parse(string reference)
    {
        var match = Reference().Match(reference);
        var column = match.Groups[1].Value.ToUpperInvariant().Aggregate(0, (total, letter) => (total * 26) + (letter - 'A' + 1));

        return (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), column);
    }

    private static string Format(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    private static string Unescape(string text) =>
        Escape().Replace(text, match => ((char)System.Convert.ToInt32(match.Groups[1].Value, 16)).ToString());

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();

    [GeneratedRegex("^([A-Za-z]+)([0-9]+)$")]
    private static partial Regex Reference();

    private sealed record ReadContext(List<string> SharedStrings, List<(bool IsDate, bool IsDuration)> Formats, bool Date1904);
}
