using System.Data.Common;
using Sylvan.Data.Csv;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Writes records with Sylvan's <see cref="CsvDataWriter"/>, which quotes a field that contains the delimiter,
/// a quote, CR or LF, or that starts with its comment character. The comment character is set to the
/// apostrophe, so a field neutralised by <see cref="CsvFormulaGuard"/> is always quoted too.
/// </summary>
internal sealed class SylvanCsvRecordWriter : ICsvRecordWriter
{
    // Sylvan buffers a whole record, so this caps one record at 256 M characters.
    // NOTE: a longer record fails with Sylvan's CsvRecordTooLargeException, which names no sheet or cell.
    private const int MaxRecordLength = 1 << 28;

    private readonly CsvDataWriter writer;

    /// <summary>Starts a writer into <paramref name="output"/>, which the caller flushes and disposes.</summary>
    public SylvanCsvRecordWriter(TextWriter output, char delimiter)
    {
        writer = CsvDataWriter.Create(output, new CsvDataWriterOptions
        {
            WriteHeaders = false,
            Delimiter = delimiter,
            Quote = '"',
            Escape = '"',
            Comment = delimiter == CsvFormulaGuard.Prefix ? '#' : CsvFormulaGuard.Prefix,
            NewLine = "\r\n",
            MaxBufferSize = MaxRecordLength,
        });
    }

    /// <summary>Whether Sylvan accepts a delimiter: an ASCII character that is not a letter or a digit.</summary>
    public static bool Supports(char delimiter) => delimiter < 128 && !char.IsLetterOrDigit(delimiter);

    /// <inheritdoc />
    public Task WriteAsync(DbDataReader records, CancellationToken cancellationToken) =>
        writer.WriteAsync(records, cancellationToken);
}
