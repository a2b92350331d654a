using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Reads a source file independently of the importer, as docs/import.md describes: workbooks with the Open
/// XML SDK (<see cref="OpenXmlSdkReference"/>), delimited text with Python's csv module
/// (<see cref="CsvSourceReading"/>). The reading already applies the import rules that every export inherits:
/// dates of a 1904 workbook get 1462 days added (durations excepted), so all serials are of the 1900 system,
/// NaN and infinities are the error <c>#NUM!</c>, and empty strings are blank.
/// </summary>
public static class SourceReading
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm"];

    /// <summary>Returns the worksheets of a source file in workbook order.</summary>
    public static IReadOnlyList<ReferenceSheet> Read(string path) =>
        WorkbookExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            ? OpenXmlSdkReference.Read(path)
            : [CsvSourceReading.Read(path)];
}
