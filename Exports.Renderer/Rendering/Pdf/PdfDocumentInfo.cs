using PdfSharp.Pdf;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>
/// Fills the document information dictionary: title, author, subject, keywords and creation time, plus entries of
/// the product's own that carry the provenance, which <c>pdfinfo -custom</c> lists.
/// </summary>
internal static class PdfDocumentInfo
{
    /// <summary>Author of every PDF.</summary>
    public const string Author = "Exports";

    /// <summary>Entry with the export id.</summary>
    public const string ExportIdKey = "/ExportsExportId";

    /// <summary>Entry with the data hash.</summary>
    public const string DataHashKey = "/ExportsDataHash";

    /// <summary>Entry with the hash scope.</summary>
    public const string HashScopeKey = "/ExportsHashScope";

    /// <summary>Entry with the signed provenance manifest as XML, in the form the XLSX export embeds it.</summary>
    public const string ManifestKey = "/ExportsManifest";

    /// <summary>Sets the entries of <paramref name="document"/>.</summary>
    public static void Apply(PdfDocument document, RenderContext context, PdfStamp stamp)
    {
        var info = document.Info;
        info.Title = context.Workbook.Name;
        info.Author = Author;
        info.Creator = Author;
        info.Subject = $"Export {context.ExportId} of workbook {context.Workbook.WorkbookId}: data hash " +
            $"{stamp.DataHash}, cb_hash_v1 scope {stamp.HashScope}";
        info.Keywords = stamp.DataHash;
        info.CreationDate = context.GeneratedAt.UtcDateTime;
        info.ModificationDate = context.GeneratedAt.UtcDateTime;
        info.Elements.SetString(ExportIdKey, context.ExportId);
        info.Elements.SetString(DataHashKey, stamp.DataHash);
        info.Elements.SetString(HashScopeKey, stamp.HashScope);
        if (stamp.ManifestXml is { } manifest)
        {
            info.Elements.SetString(ManifestKey, manifest);
        }
    }
}
