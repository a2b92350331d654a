using System.IO.Compression;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes an XLSX package into a <see cref="ZipArchive"/> part by part, so it works on streams that cannot
/// seek. Worksheets and the Custom XML Part are written as they come; the parts that list them (workbook,
/// relationships, content types) and the style table are written by <see cref="CompleteAsync"/>. Every entry
/// carries the same timestamp, so equal input gives equal bytes.
/// </summary>
internal sealed class XlsxPackageWriter : IAsyncDisposable
{
    private readonly ZipArchive archive;
    private readonly DateTimeOffset timestamp;
    private readonly List<XlsxSheetEntry> sheets = [];
    private bool hasCustomXml;

    /// <summary>Starts a package; the caller keeps ownership of <paramref name="output"/>.</summary>
    public XlsxPackageWriter(Stream output, DateTimeOffset timestamp)
    {
        archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        this.timestamp = ZipTimestamps.Clamp(timestamp);
    }

    /// <summary>Adds a worksheet part whose XML <paramref name="writeContent"/> writes.</summary>
    public async Task AddWorksheetAsync(
        string name,
        bool hidden,
        Func<Utf8XmlWriter, CancellationToken, Task> writeContent,
        CancellationToken cancellationToken)
    {
        var entry = new XlsxSheetEntry(name, hidden, sheets.Count + 1);
        await WritePartAsync(entry.PartName, xml => writeContent(xml, cancellationToken), cancellationToken);
        sheets.Add(entry);
    }

    /// <summary>Adds a Custom XML Part with its properties part. A package written here has at most one.</summary>
    public async Task AddCustomXmlAsync(XlsxCustomXmlItem item, CancellationToken cancellationToken)
    {
        if (hasCustomXml)
        {
            throw new InvalidOperationException(
                "A Custom XML Part was already added: this writer supports one per package.");
        }

        await WritePartAsync(
            XlsxCustomXmlParts.ItemPartName, Sync(xml => xml.WriteRaw(item.Content)), cancellationToken);
        await WritePartAsync(
            XlsxCustomXmlParts.PropertiesPartName,
            Sync(xml => XlsxCustomXmlParts.WriteProperties(xml, item)),
            cancellationToken);
        await WritePartAsync(
            XlsxCustomXmlParts.ItemRelationshipsPartName,
            Sync(XlsxCustomXmlParts.WriteItemRelationships),
            cancellationToken);
        hasCustomXml = true;
    }

    /// <summary>Writes the style table, the workbook and the package's own parts.</summary>
    public async Task CompleteAsync(
        XlsxStyleSheet styles, XlsxDocumentProperties properties, CancellationToken cancellationToken)
    {
        await WritePartAsync("xl/styles.xml", Sync(styles.Write), cancellationToken);
        await WritePartAsync("xl/workbook.xml", Sync(xml => XlsxPackageParts.WriteWorkbook(xml, sheets)), cancellationToken);
        await WritePartAsync(
            "xl/_rels/workbook.xml.rels",
            Sync(xml => XlsxPackageParts.WriteWorkbookRelationships(xml, sheets, hasCustomXml)),
            cancellationToken);
        await WritePartAsync(
            "[Content_Types].xml",
            Sync(xml => XlsxPackageParts.WriteContentTypes(xml, sheets, hasCustomXml)),
            cancellationToken);
        await WritePartAsync("_rels/.rels", Sync(XlsxPackageParts.WritePackageRelationships), cancellationToken);
        await WritePartAsync(
            "docProps/core.xml", Sync(xml => XlsxPackageParts.WriteCoreProperties(xml, properties)), cancellationToken);
        await WritePartAsync("docProps/app.xml", Sync(XlsxPackageParts.WriteAppProperties), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => archive.DisposeAsync();

    private async Task WritePartAsync(
        string partName, Func<Utf8XmlWriter, Task> writeContent, CancellationToken cancellationToken)
    {
        var entry = archive.CreateEntry(partName, CompressionLevel.Fastest);
        entry.LastWriteTime = timestamp;
        await using var stream = await entry.OpenAsync(cancellationToken);
        using var xml = new Utf8XmlWriter(stream);
        await writeContent(xml);
        await xml.FlushAsync(cancellationToken);
    }

    private static Func<Utf8XmlWriter, Task> Sync(Action<Utf8XmlWriter> write) => xml =>
    {
        write(xml);

        return Task.CompletedTask;
    };
}
