using Exports.Renderer.Workbooks.Normalized;
using Sylvan.Data.Csv;

namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>
/// Reads CSV or TSV text into one sheet named after the file. Every record is a row, the first one included;
/// ragged records keep their own length, empty fields are blank cells, and a field becomes a number only
/// when <see cref="LosslessNumber"/> allows it. Quoting mistakes are read leniently rather than rejected.
/// </summary>
internal sealed class CsvWorkbookReader(NormalizedWorkbookStore store, ImportOptions options)
{
    private const int SampleBytes = 64 * 1024;
    private const int InitialBufferCharacters = 64 * 1024;

    // NOTE: Sylvan always treats one character as starting a comment line and skips such lines; '\0' is taken
    // as that character too. U+FFFF is a Unicode noncharacter, so only a record starting with it would be lost.
    private const char NoCommentCharacter = '\uFFFF';

    /// <summary>Stores the text in <paramref name="source"/>, which must be seekable.</summary>
    public async Task<ImportedWorkbook> ReadAsync(
        Stream source, WorkbookSource upload, CancellationToken cancellationToken)
    {
        var sample = await ReadSampleAsync(source, cancellationToken);
        var encoding = TextEncodingDetector.Detect(source, sample);
        var sampleText = DecodeSample(sample, encoding);
        if (BinaryContentCheck.LooksBinary(sampleText))
        {
            throw ImportRejections.BinaryContent();
        }

        var delimiter = DelimiterDetector.Detect(sampleText, complete: source.Length <= SampleBytes);
        var name = SheetNames.FromFileName(upload.FileName);
        source.Position = encoding.PreambleLength;

        var cellWriter = new SheetCellWriter(options, name, cancellationToken);
        var statistics = await store.WriteSheetAsync(
            upload.TenantId,
            upload.WorkbookId,
            0,
            writer => cellWriter.WriteInOrder(writer, ReadCells(source, encoding, delimiter)),
            cancellationToken);

        var sheet = new SheetDescriptor
        {
            SheetId = Guid.NewGuid().ToString(),
            Index = 0,
            Name = name,
            Statistics = statistics,
        };

        return new ImportedWorkbook(delimiter == '\t' ? "tsv" : "csv", [sheet], [new CellStyle { Id = 0 }]);
    }

    private static async Task<byte[]> ReadSampleAsync(Stream source, CancellationToken cancellationToken)
    {
        source.Position = 0;
        var buffer = new byte[(int)Math.Min(SampleBytes, source.Length)];
        await source.ReadExactlyAsync(buffer, cancellationToken);
        source.Position = 0;

        return buffer;
    }

    private static string DecodeSample(byte[] sample, DetectedEncoding encoding)
    {
        var decoder = encoding.Encoding.GetDecoder();
        var bytes = sample.AsSpan(encoding.PreambleLength);
        var chars = new char[encoding.Encoding.GetMaxCharCount(bytes.Length)];
        var count = decoder.GetChars(bytes, chars, flush: false);

        return new string(chars, 0, count);
    }

    private IEnumerable<NormalizedCell> ReadCells(Stream source, DetectedEncoding encoding, char delimiter)
    {
        var text = new StreamReader(
            source, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        using var reader = Guard(() => CsvDataReader.Create(text, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = delimiter,
            CsvStyle = CsvStyle.Lax,
            Comment = NoCommentCharacter,
            BufferSize = InitialBufferCharacters,
            MaxBufferSize = options.MaxCsvRecordCharacters,
        }));

        var row = 0;
        while (Guard(reader.Read))
        {
            row++;
            for (var column = 1; column <= reader.RowFieldCount; column++)
            {
                var field = reader.GetString(column - 1);
                if (field.Length == 0)
                {
                    continue;
                }

                yield return LosslessNumber.TryParse(field, out var number)
                    ? NormalizedCell.FromNumber(row, column, number)
                    : NormalizedCell.FromText(row, column, field);
            }
        }
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvRecordTooLargeException exception)
        {
            throw ImportRejections.LimitExceeded(
                nameof(ImportOptions.MaxCsvRecordCharacters),
                options.MaxCsvRecordCharacters,
                "a record (a line, or several lines joined by a quoted field) is longer than that many characters",
                exception);
        }
    }
}
