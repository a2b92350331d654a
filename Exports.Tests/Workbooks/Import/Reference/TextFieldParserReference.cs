using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace Exports.Tests.Workbooks.Import.Reference;

/// <summary>
/// Reads delimited text with <see cref="TextFieldParser"/>, the parser that ships with .NET, as a reference
/// independent of the importer. It skips blank lines, so its records are compared without row numbers.
/// </summary>
public static class TextFieldParserReference
{
    /// <summary>Reads every record; null when the parser rejects the file's quoting.</summary>
    public static List<string[]>? Read(string path, char delimiter)
    {
        var bytes = File.ReadAllBytes(path);
        using var parser = new TextFieldParser(new MemoryStream(bytes), GuessEncoding(bytes), detectEncoding: true)
        {
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(delimiter.ToString());

        List<string[]> records = [];
        try
        {
            while (!parser.EndOfData)
            {
                records.Add(parser.ReadFields() ?? []);
            }
        }
        catch (MalformedLineException)
        {
            return null;
        }

        return records;
    }

    /// <summary>Picks the delimiter that occurs most often outside double quotes in the whole file.</summary>
    public static char GuessDelimiter(string path)
    {
        var text = Decode(path);
        Dictionary<char, int> counts = new() { [','] = 0, [';'] = 0, ['\t'] = 0, ['|'] = 0 };
        var inQuotes = false;
        foreach (var character in text)
        {
            if (character == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && counts.TryGetValue(character, out var count))
            {
                counts[character] = count + 1;
            }
        }

        return counts.OrderByDescending(pair => pair.Value).First().Key;
    }

    /// <summary>Decodes a file: a byte order mark decides, then strict UTF-8, then Windows-1252.</summary>
    public static string Decode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var reader = new StreamReader(new MemoryStream(bytes), GuessEncoding(bytes), detectEncodingFromByteOrderMarks: true);

        return reader.ReadToEnd();
    }

    private static Encoding GuessEncoding(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        }
    }
}
