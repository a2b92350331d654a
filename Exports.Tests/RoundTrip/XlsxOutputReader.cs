using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Reads an XLSX export back with the Open XML SDK through <see cref="OpenXmlSdkReference"/>, the reader the
/// source was read with, so both sides speak of the same kinds. Formulas are kept, so a writer that wrote one
/// shows up as a difference.
/// </summary>
public static class XlsxOutputReader
{
    /// <summary>Returns the worksheets of an export in workbook order.</summary>
    public static IReadOnlyList<RoundTripSheet> Read(string path) =>
    [
        .. OpenXmlSdkReference.Read(path).Select(sheet => new RoundTripSheet(
            sheet.Name,
            sheet.Hidden,
            [.. sheet.Cells.Select(cell =>
                new RoundTripCell(cell.Row, cell.Column, cell.Kind, cell.Value, cell.Formula))])),
    ];
}
