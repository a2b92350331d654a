namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Counts the bytes expanded from one package and rejects parts that go past the configured limits.</summary>
internal sealed class PartReadBudget(ImportOptions options)
{
    /// <summary>
    /// Bytes a part must expand to before its compression ratio is checked. Highly repetitive parts of real
    /// workbooks pass 250:1 below this size: LibreOffice 7.4 re-saved a 52 MB shared-string table at 298:1.
    /// </summary>
    public const long RatioCheckThresholdBytes = 128L * 1024 * 1024;

    private long totalBytes;

    /// <summary>Rejects a part whose declared size is already past the per-part limit, before it is opened.</summary>
    public void CheckDeclaredSize(string partName, long declaredBytes)
    {
        if (declaredBytes > options.MaxPartUncompressedBytes)
        {
            throw PartTooLarge(partName);
        }
    }

    /// <summary>Adds bytes expanded from a part and rejects the package when a limit is passed.</summary>
    public void Add(string partName, long partBytes, long compressedBytes, int count)
    {
        totalBytes += count;
        if (partBytes > options.MaxPartUncompressedBytes)
        {
            throw PartTooLarge(partName);
        }

        if (totalBytes > options.MaxUncompressedBytes)
        {
            throw ImportRejections.LimitExceeded(
                nameof(ImportOptions.MaxUncompressedBytes),
                options.MaxUncompressedBytes,
                "the workbook's parts expand to more bytes than that in total");
        }

        var ratioLimitBytes = options.MaxCompressionRatio * Math.Max(compressedBytes, 1);
        if (partBytes > RatioCheckThresholdBytes && partBytes > ratioLimitBytes)
        {
            throw ImportRejections.LimitExceeded(
                nameof(ImportOptions.MaxCompressionRatio),
                (long)options.MaxCompressionRatio,
                $"part '{partName}' expands more than that many times its compressed size, as a ZIP bomb does");
        }
    }

    private WorkbookRejectedException PartTooLarge(string partName) =>
        ImportRejections.LimitExceeded(
            nameof(ImportOptions.MaxPartUncompressedBytes),
            options.MaxPartUncompressedBytes,
            $"part '{partName}' expands to more bytes than that");
}
