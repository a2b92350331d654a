namespace Exports.Renderer.Workbooks.Import;

/// <summary>
/// Limits that protect the renderer from hostile uploads, section <c>Import</c>. Each key can be set from the
/// environment as <c>Import__Key</c>, such as <c>Import__MaxUncompressedBytes</c>.
/// </summary>
public sealed class ImportOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Import";

    /// <summary>
    /// Maximum bytes that one part of an XLSX package (one sheet, the shared strings, the styles) may expand to.
    /// Default: 1 GiB (1,073,741,824 bytes).
    /// </summary>
    public long MaxPartUncompressedBytes { get; set; } = 1L << 30;

    /// <summary>
    /// Maximum bytes that all parts read from one XLSX package may expand to together. Default: 4 GiB
    /// (4,294,967,296 bytes).
    /// </summary>
    public long MaxUncompressedBytes { get; set; } = 4L << 30;

    /// <summary>
    /// Maximum ratio of uncompressed to compressed size of a part, checked once the part has expanded past
    /// 128 MiB. Default: 250. Parts of real workbooks were seen up to about 300 below that size, and deflate
    /// cannot exceed about 1032.
    /// </summary>
    public double MaxCompressionRatio { get; set; } = 250;

    /// <summary>Maximum number of entries in an XLSX package. Default: 20,000.</summary>
    public int MaxZipEntries { get; set; } = 20_000;

    /// <summary>Maximum number of non-blank cells in one sheet. Default: 50,000,000.</summary>
    public long MaxCellsPerSheet { get; set; } = 50_000_000;

    /// <summary>
    /// Maximum characters of one CSV or TSV record (one line, or more when a quoted field spans lines).
    /// Default: 16,777,216 (16 Mi characters).
    /// </summary>
    public int MaxCsvRecordCharacters { get; set; } = 16 * 1024 * 1024;
}
