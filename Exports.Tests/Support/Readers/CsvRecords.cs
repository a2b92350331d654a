using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace Exports.Tests.Support.Readers;

/// <summary>Parses CSV bytes with <see cref="TextFieldParser"/>, a reader independent of the writer.</summary>
public static class CsvRecords
{
    /// <summary>
    /// Returns the records of <paramref name="bytes"/>. The parser trims no white space but skips empty
    /// lines, so check blank rows on the raw text.
    /// </summary>
    public static IReadOnlyList<string[]> Parse(byte[] bytes, Encoding encoding, char delimiter = ',')
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), encoding, detectEncoding: false)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(delimiter.ToString());

        var records = new List<string[]>();
        while (!parser.EndOfData)
        {
            records.Add(parser.ReadFields()!);
        }

        return records;
    }

    /// <summary>Returns the records of a UTF-8 file written with a byte order mark.</summary>
    public static IReadOnlyList<string[]> ParseFile(string path, char delimiter = ',') =>
        Parse(File.ReadAllBytes(path), new UTF8Encoding(true), delimiter);
}
