using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Exports.Contracts;
using Exports.Renderer.Provenance;

namespace Exports.Renderer.Rendering.Json;

/// <summary>
/// Writes an export as one JSON document, streamed with <see cref="Utf8JsonWriter"/>: metadata first, then
/// each sheet's non-blank cells row by row, then the provenance, whose data hash is known only after the last
/// cell. The structure is described in docs/formats.md. The hash scope is <c>validated</c>: each sheet under
/// its source name, which the document keeps.
/// </summary>
public sealed class JsonExportWriter : IExportWriter
{
    /// <summary>
    /// Value of the document's <c>format_version</c>; raised when the structure changes incompatibly.
    /// </summary>
    public const int FormatVersion = 1;

    /// <inheritdoc />
    public string Format => ExportFormat.Json;

    /// <inheritdoc />
    public ExportFileInfo Describe(RenderContext context) =>
        new(ExportFileNames.ForWorkbook(context.Workbook.Name, ".json"), "application/json");

    /// <inheritdoc />
    public async Task WriteAsync(RenderContext context, Stream output, CancellationToken cancellationToken)
    {
        var options = new JsonWriterOptions
        {
            Indented = context.Options.JsonPrettyPrint,

            // The document is a download, never embedded in HTML, so only what JSON itself requires is escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        await using var json = new Utf8JsonWriter(output, options);
        using var hash = new CbHashV1Builder();

        json.WriteStartObject();
        WriteHeader(json, context);
        json.WriteStartArray("sheets");
        var sheets = new JsonSheetWriter(context, json, hash);
        for (var index = 0; index < context.Sheets.Count; index++)
        {
            await sheets.WriteAsync(context.Sheets[index], index, cancellationToken);
        }

        json.WriteEndArray();
        var result = hash.Complete();
        WriteProvenance(json, result);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);

        context.Hash = result;
        context.HashScope = HashScopes.Validated;
    }

    private static void WriteHeader(Utf8JsonWriter json, RenderContext context)
    {
        json.WriteNumber("format_version", FormatVersion);
        json.WriteString("export_id", context.ExportId);
        json.WriteStartObject("workbook");
        json.WriteString("id", context.Workbook.WorkbookId);
        json.WriteString("name", context.Workbook.Name);
        json.WriteEndObject();
        json.WriteString(
            "generated_at",
            context.GeneratedAt.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }

    private static void WriteProvenance(Utf8JsonWriter json, CbHashV1Result result)
    {
        json.WriteStartObject("provenance");
        json.WriteString("manifest_version", HashScopes.ManifestVersion);
        json.WriteString("hash_scope", HashScopes.Validated);
        json.WriteString("data_hash", result.DataHash);
        json.WriteStartArray("sheets");
        foreach (var sheet in result.Sheets)
        {
            json.WriteStartObject();
            json.WriteString("name", sheet.Name);
            json.WriteNumber("cell_count", sheet.CellCount);
            json.WriteString("hash", sheet.Hash);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
