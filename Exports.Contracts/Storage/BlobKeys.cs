using System.Text.RegularExpressions;

namespace Exports.Storage;

/// <summary>
/// The key layout of the blob store. Every key starts with the tenant, so a key built from one tenant's id
/// never reaches another tenant's data.
/// </summary>
public static partial class BlobKeys
{
    /// <summary>Uploaded source file of a workbook.</summary>
    public static string WorkbookSource(string tenantId, string workbookId) =>
        $"{WorkbookPrefix(tenantId, workbookId)}/source";

    /// <summary>Descriptor of a normalised workbook (sheets, styles, column statistics), as JSON.</summary>
    public static string WorkbookDescriptor(string tenantId, string workbookId) =>
        $"{WorkbookPrefix(tenantId, workbookId)}/workbook.json";

    /// <summary>Normalised cell stream of one sheet.</summary>
    public static string SheetCells(string tenantId, string workbookId, int sheetIndex) =>
        $"{WorkbookPrefix(tenantId, workbookId)}/sheets/{sheetIndex}.cells";

    /// <summary>Folder of everything stored for one workbook.</summary>
    public static string WorkbookPrefix(string tenantId, string workbookId) =>
        $"tenants/{Segment(tenantId)}/workbooks/{Segment(workbookId)}";

    /// <summary>Folder of every artifact of one export.</summary>
    public static string ExportPrefix(string tenantId, string exportId) =>
        $"tenants/{Segment(tenantId)}/exports/{Segment(exportId)}";

    /// <summary>An artifact of an export, by its file name.</summary>
    public static string ExportArtifact(string tenantId, string exportId, string fileName) =>
        $"{ExportPrefix(tenantId, exportId)}/{Segment(fileName)}";

    /// <summary>
    /// The completion record of an export: the <c>ExportCompleted</c> event as JSON, written before it is published,
    /// so that a redelivered request republishes the same result instead of rendering again.
    /// </summary>
    public static string ExportCompletion(string tenantId, string exportId) =>
        $"{ExportPrefix(tenantId, exportId)}/completed.json";

    /// <summary>Marker written when an export is cancelled, read by renderers before and while they render.</summary>
    public static string CancellationMarker(string tenantId, string exportId) =>
        $"tenants/{Segment(tenantId)}/cancellations/{Segment(exportId)}";

    /// <summary>
    /// Folder of the server's provenance record of one export. It is kept apart from the artifacts, which expire,
    /// because auditors verify copies long after the download has gone.
    /// </summary>
    public static string ManifestPrefix(string tenantId, string exportId) =>
        $"tenants/{Segment(tenantId)}/manifests/{Segment(exportId)}";

    /// <summary>The server's copy of an export's signed manifest, as JSON.</summary>
    public static string ManifestRecord(string tenantId, string exportId) =>
        $"{ManifestPrefix(tenantId, exportId)}/manifest.json";

    /// <summary>Per-cell digests of one sheet of an export's hash scope.</summary>
    public static string ManifestCellDigests(string tenantId, string exportId, int sheetIndex) =>
        $"{ManifestPrefix(tenantId, exportId)}/sheet-{sheetIndex}.cbd";

    /// <summary>
    /// Index entry from a data hash's hex digest to the id of the tenant's latest export with that hash.
    /// </summary>
    public static string ManifestHashIndex(string tenantId, string dataHashHex) =>
        $"tenants/{Segment(tenantId)}/manifest-hashes/{Segment(dataHashHex)}";

    /// <summary>An uploaded file under verification.</summary>
    public static string VerificationUpload(string tenantId, string verificationId) =>
        $"tenants/{Segment(tenantId)}/verifications/{Segment(verificationId)}";

    /// <summary>
    /// Returns whether a text can be one key segment: 1 to 128 letters, digits, '.', '_' or '-', not only dots.
    /// </summary>
    public static bool IsValidSegment(string? value) =>
        value is not null && SegmentPattern().IsMatch(value) && value.Trim('.').Length > 0;

    private static string Segment(string value) =>
        IsValidSegment(value)
            ? value
            : throw new ArgumentException(
                $"'{value}' cannot be a blob key segment: use 1 to 128 letters, digits, '.', '_' or '-'.",
                nameof(value));

    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$")]
    private static partial Regex SegmentPattern();
}
