namespace Exports.Renderer.Workbooks.Import;

/// <summary>Values of <see cref="WorkbookRejectedException.Code"/>, sent to the gateway in the rejection.</summary>
public static class WorkbookRejectionCode
{
    /// <summary>The import request itself is invalid, such as a tenant id of the wrong form.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>The file is empty.</summary>
    public const string EmptyFile = "empty_file";

    /// <summary>The content is not XLSX, XLSM, CSV or TSV, such as an image or a legacy .xls file.</summary>
    public const string UnsupportedFileType = "unsupported_file_type";

    /// <summary>The file is a ZIP package or text but its spreadsheet structure cannot be read.</summary>
    public const string CorruptWorkbook = "corrupt_workbook";

    /// <summary>The file exceeds an import limit, such as uncompressed size or compression ratio.</summary>
    public const string LimitExceeded = "limit_exceeded";
}
