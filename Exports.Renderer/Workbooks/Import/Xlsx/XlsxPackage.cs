using System.IO.Compression;
using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// The ZIP package of an XLSX or XLSM upload. Parts are looked up by part name without regard to case, as
/// the Open Packaging Conventions require, and every byte expanded is charged to the import limits.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive archive;
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly PartReadBudget budget;

    private XlsxPackage(ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, PartReadBudget budget)
    {
        this.archive = archive;
        this.entries = entries;
        this.budget = budget;
    }

    /// <summary>Opens a package over a seekable stream, which stays open after the package is disposed.</summary>
    /// <exception cref="WorkbookRejectedException">The archive is damaged or has too many entries.</exception>
    public static XlsxPackage Open(Stream source, ImportOptions options)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            throw ImportRejections.Corrupt("the file starts like a ZIP archive but the archive is damaged.", exception);
        }

        try
        {
            return new XlsxPackage(archive, IndexEntries(archive, options), new PartReadBudget(options));
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>Names of every part of the package, normalised as <see cref="PartNames"/> does.</summary>
    public IEnumerable<string> PartNamesInPackage => entries.Keys;

    /// <summary>Returns whether the package has a part of that name.</summary>
    public bool Exists(string partName) => entries.ContainsKey(partName);

    /// <summary>Opens a part as XML, or returns null when the package has no such part.</summary>
    public XmlReader? TryOpenXml(string partName)
    {
        if (!entries.TryGetValue(partName, out var entry))
        {
            return null;
        }

        var stream = TryOpenStream(partName)!;

        return XmlReader.Create(stream, XmlSettings);
    }

    /// <summary>
    /// Opens a part as a byte stream charged to the limits, or returns null when there is no such part.
    /// </summary>
    public Stream? TryOpenStream(string partName)
    {
        if (!entries.TryGetValue(partName, out var entry))
        {
            return null;
        }

        budget.CheckDeclaredSize(partName, entry.Length);

        return new BudgetedPartStream(entry.Open(), partName, entry.CompressedLength, budget);
    }

    /// <inheritdoc />
    public void Dispose() => archive.Dispose();

    private static Dictionary<string, ZipArchiveEntry> IndexEntries(ZipArchive archive, ImportOptions options)
    {
        var all = archive.Entries;
        if (all.Count > options.MaxZipEntries)
        {
            throw ImportRejections.LimitExceeded(
                nameof(ImportOptions.MaxZipEntries),
                options.MaxZipEntries,
                $"the ZIP archive has {all.Count} entries");
        }

        Dictionary<string, ZipArchiveEntry> index = new(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in all)
        {
            index.TryAdd(PartNames.Normalize(entry.FullName), entry);
        }

        return index;
    }
}
