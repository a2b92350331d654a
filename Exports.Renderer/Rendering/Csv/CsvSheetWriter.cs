using Exports.Renderer.Provenance;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Streams one sheet as a CSV file: the byte order mark, if any, then one record per row of the used range.
/// </summary>
internal sealed class CsvSheetWriter(RenderContext context, CsvTextEncoding encoding, CbHashV1Builder hash)
{
    private const int WriterBufferSize = 64 * 1024;

    private readonly CsvFieldFormatter formatter = new(context, encoding);

    /// <summary>Writes <paramref name="sheet"/> into <paramref name="output"/>, which stays open.</summary>
    public async Task WriteAsync(SheetDescriptor sheet, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cells = await context.Cells.OpenAsync(sheet, cancellationToken);
        var records = new CsvRecordSource(
            new SheetRowReader(cells), sheet, formatter, hash, context.Progress, cancellationToken);

        hash.BeginSheet(sheet.Name);
        await output.WriteAsync(encoding.Preamble, cancellationToken);
        await using var text = new StreamWriter(output, encoding.Encoding, WriterBufferSize, leaveOpen: true);
        var writer = CreateRecordWriter(text, context.Options.CsvDelimiter);
        if (records.MoveNext())
        {
            await WriteRunsAsync(records, writer, cancellationToken);
        }

        await text.FlushAsync(cancellationToken);
    }

    private static async Task WriteRunsAsync(
        CsvRecordSource records, ICsvRecordWriter writer, CancellationToken cancellationToken)
    {
        CsvSegmentReader run;
        do
        {
            run = new CsvSegmentReader(records);
            await writer.WriteAsync(run, cancellationToken);
        }
        while (!run.SourceEnded);
    }

    private static ICsvRecordWriter CreateRecordWriter(TextWriter text, char delimiter) =>
        SylvanCsvRecordWriter.Supports(delimiter)
            ? new SylvanCsvRecordWriter(text, delimiter)
            : new PlainCsvRecordWriter(text, delimiter);
}
