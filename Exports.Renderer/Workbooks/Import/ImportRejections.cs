using System.Globalization;

namespace Exports.Renderer.Workbooks.Import;

/// <summary>Builds the <see cref="WorkbookRejectedException"/> of each reason, in words a tenant can act on.</summary>
internal static class ImportRejections
{
    public static WorkbookRejectedException EmptyFile() => new(
        WorkbookRejectionCode.EmptyFile,
        "The uploaded file is empty (0 bytes). Upload the workbook again, as .xlsx, .xlsm, .csv or .tsv.");

    public static WorkbookRejectedException LegacyExcel() => new(
        WorkbookRejectionCode.UnsupportedFileType,
        "The file is a legacy Excel 97-2003 workbook (.xls), which cannot be imported. " +
        "Open it in Excel and save it as an Excel Workbook (.xlsx), then upload that file.");

    public static WorkbookRejectedException KnownBinary(string fileType) => new(
        WorkbookRejectionCode.UnsupportedFileType,
        $"The file is {fileType}, not a spreadsheet. Upload an .xlsx, .xlsm, .csv or .tsv file.");

    public static WorkbookRejectedException BinaryContent() => new(
        WorkbookRejectionCode.UnsupportedFileType,
        "The file is binary data, not a spreadsheet or delimited text. Upload an .xlsx, .xlsm, .csv or .tsv file.");

    public static WorkbookRejectedException NotAWorkbookPackage() => new(
        WorkbookRejectionCode.UnsupportedFileType,
        "The file is a ZIP archive but not an Excel workbook: it has no workbook part. " +
        "Upload an .xlsx or .xlsm file saved by a spreadsheet program.");

    public static WorkbookRejectedException Corrupt(string detail, Exception? innerException = null) => new(
        WorkbookRejectionCode.CorruptWorkbook,
        $"The workbook cannot be read: {detail} Open it in a spreadsheet program, save it again and upload the result.",
        innerException);

    public static WorkbookRejectedException LimitExceeded(
        string optionName, long limit, string what, Exception? innerException = null)
    {
        var limitText = string.Create(
            CultureInfo.InvariantCulture, $"{ImportOptionsValidator.Key(optionName)} ({limit:N0})");

        return new WorkbookRejectedException(
            WorkbookRejectionCode.LimitExceeded,
            $"The file exceeds the import limit {limitText}: {what}. " +
            "Split the workbook into smaller files, or ask an operator to raise the limit.",
            innerException);
    }
}
