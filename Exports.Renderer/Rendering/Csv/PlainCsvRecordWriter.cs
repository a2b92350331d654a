using System.Data.Common;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>
/// Writes records for delimiters Sylvan rejects (characters outside ASCII, letters and digits), with the same
/// quoting as <see cref="SylvanCsvRecordWriter"/>: a field that contains the delimiter, a quote, CR or LF, or
/// that starts with an apostrophe, is quoted, with quotes doubled.
/// </summary>
internal sealed class PlainCsvRecordWriter(TextWriter output, char delimiter) : ICsvRecordWriter
{
    /// <inheritdoc />
    public async Task WriteAsync(DbDataReader records, CancellationToken cancellationToken)
    {
        while (await records.ReadAsync(cancellationToken))
        {
            for (var ordinal = 0; ordinal < records.FieldCount; ordinal++)
            {
                if (ordinal > 0)
                {
                    output.Write(delimiter);
                }

                if (!records.IsDBNull(ordinal))
                {
                    WriteField(records.GetString(ordinal));
                }
            }

            output.Write("\r\n");
        }
    }

    private void WriteField(string field)
    {
        var needsQuotes = field.StartsWith(CsvFormulaGuard.Prefix)
            || field.AsSpan().IndexOfAny(delimiter, '"', '\r') >= 0
            || field.Contains('\n', StringComparison.Ordinal);
        if (!needsQuotes)
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        output.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
