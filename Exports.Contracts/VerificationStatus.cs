namespace Exports.Contracts;

/// <summary>Values of <see cref="ExportVerified.Status"/>.</summary>
public static class VerificationStatus
{
    /// <summary>The data matches the export's manifest and the server's record.</summary>
    public const string Original = "original";

    /// <summary>The manifest is genuine but the data differs; the diffs name the cells.</summary>
    public const string Modified = "modified";

    /// <summary>The manifest is unreadable, its HMAC is wrong, or it disagrees with the server's record.</summary>
    public const string InvalidProvenance = "invalid_provenance";

    /// <summary>No manifest, and no export of this tenant has the file's data hash.</summary>
    public const string Unknown = "unknown";
}
