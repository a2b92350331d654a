using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Exports.Tests.Support.Readers;

/// <summary>Reads an XLSX file through the Open XML SDK's DOM, independently of the writer.</summary>
public sealed partial class XlsxPackage : IDisposable
{
    private readonly SpreadsheetDocument document;

    /// <summary>Opens a file read-only.</summary>
    public XlsxPackage(string path) => document = SpreadsheetDocument.Open(path, isEditable: false);

    /// <summary>The workbook part.</summary>
    public WorkbookPart WorkbookPart => document.WorkbookPart!;

    /// <summary>The sheet entries of workbook.xml in order.</summary>
    public IReadOnlyList<Sheet> Sheets => [.. WorkbookPart.Workbook.Sheets!.Elements<Sheet>()];

    /// <summary>Returns the validator's errors for Office 2019 conformance.</summary>
    public IReadOnlyList<ValidationErrorInfo> Validate() =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)];

    /// <summary>Returns the worksheet of a sheet name.</summary>
    public Worksheet Worksheet(string sheetName)
    {
        var sheet = Sheets.Single(entry => entry.Name == sheetName);

        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>The sheet names of workbook.xml in order.</summary>
    public IReadOnlyList<string> SheetNames => [.. Sheets.Select(sheet => sheet.Name!.Value!)];

    /// <summary>Returns every cell of a sheet that has a value or a formula, in document order.</summary>
    public IReadOnlyList<Cell> Cells(string sheetName) =>
        [
            .. Worksheet(sheetName).Descendants<Cell>()
                .Where(cell => cell.CellValue is not null || cell.InlineString is not null),
        ];

    /// <summary>Returns the cell at an A1 reference, or null when the sheet has none there.</summary>
    public Cell? Cell(string sheetName, string reference) =>
        Worksheet(sheetName).Descendants<Cell>().SingleOrDefault(cell => cell.CellReference == reference);

    /// <summary>
    /// Returns a cell's text as a reader sees it: inline string text with <c>_xHHHH_</c> escapes decoded.
    /// </summary>
    public string? Text(string sheetName, string reference)
    {
        var cell = Cell(sheetName, reference);
        if (cell?.DataType?.Value == CellValues.InlineString)
        {
            return DecodeEscapes(cell.InlineString!.Text!.Text);
        }

        return cell?.CellValue?.Text;
    }

    /// <summary>Returns a number cell's value parsed as a double.</summary>
    public double Number(string sheetName, string reference) =>
        double.Parse(Cell(sheetName, reference)!.CellValue!.Text, CultureInfo.InvariantCulture);

    /// <summary>Returns the number format code a cell displays with, or <c>General</c>.</summary>
    public string NumberFormat(string sheetName, string reference)
    {
        var styleIndex = (int)(Cell(sheetName, reference)!.StyleIndex?.Value ?? 0);
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt(styleIndex);
        var id = format.NumberFormatId?.Value ?? 0;

        return stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .SingleOrDefault(numberFormat => numberFormat.NumberFormatId!.Value == id)?.FormatCode?.Value
            ?? (id == 0 ? "General" : $"builtin {id}");
    }

    /// <summary>Returns the cell format of a cell.</summary>
    public CellFormat CellFormat(string sheetName, string reference)
    {
        var styleIndex = (int)(Cell(sheetName, reference)!.StyleIndex?.Value ?? 0);

        return WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt(styleIndex);
    }

    /// <inheritdoc />
    public void Dispose() => document.Dispose();

    /// <summary>Decodes SpreadsheetML's <c>_xHHHH_</c> escapes, as ECMA-376 Part 1, 22.4.2.4 defines them.</summary>
    public static string DecodeEscapes(string text) =>
        EscapePattern().Replace(text, match => DecodeEscape(match.Groups[1].Value));

    private static string DecodeEscape(string hex) =>
        ((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapePattern();
}
