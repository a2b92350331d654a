namespace Exports.Contracts;

/// <summary>Values of <see cref="ExportError.Code"/>.</summary>
public static class ExportErrorCode
{
    /// <summary>A field of the request is invalid; <see cref="ExportError.Field"/> names it.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>The tenant has no workbook with the requested id.</summary>
    public const string WorkbookNotFound = "workbook_not_found";

    /// <summary>A requested sheet id is not a sheet of the workbook.</summary>
    public const string SheetNotFound = "sheet_not_found";

    /// <summary>A value cannot be written in the requested format, such as a character the encoding lacks.</summary>
    public const string UnrepresentableValue = "unrepresentable_value";

    /// <summary>
    /// The export asked for an external signature (<c>xlsx_signing</c>) and none could be had: the signing service
    /// timed out, failed, could not be reached or returned a signature that does not verify.
    /// </summary>
    public const string SigningFailed = "signing_failed";

    /// <summary>The renderer failed for a reason of its own; retrying the export may succeed.</summary>
    public const string RenderFailed = "render_failed";
}
