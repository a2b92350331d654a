namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>
/// Tells binary data from text that merely has a few control characters in it, such as a stray NUL. Text is
/// taken as binary when more than a tenth of its first characters, and at least 8 of them, are control
/// characters other than tab, line feed, vertical tab, form feed and carriage return, C1 controls or
/// replacement characters.
/// </summary>
internal static class BinaryContentCheck
{
    private const int MinSuspectCharacters = 8;

    public static bool LooksBinary(ReadOnlySpan<char> sample)
    {
        var suspects = 0;
        foreach (var character in sample)
        {
            if (IsSuspect(character))
            {
                suspects++;
            }
        }

        return suspects >= MinSuspectCharacters && suspects * 10 > sample.Length;
    }

    private static bool IsSuspect(char character) =>
        character is < ' ' and not ('\t' or '\n' or '\v' or '\f' or '\r')
        || character is >= '\u007F' and <= '\u009F'
        || character == '\uFFFD';
}
