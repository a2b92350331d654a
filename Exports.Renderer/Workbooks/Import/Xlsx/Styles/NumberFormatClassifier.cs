namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>
/// Tells from a custom format code whether it shows dates or times. A code does when it has a date or time
/// token (<c>d</c>, <c>m</c>, <c>y</c>, <c>h</c>, <c>s</c>, <c>AM/PM</c>, <c>A/P</c>, or an elapsed token such
/// as <c>[h]</c> or <c>[mm]</c>) outside quoted text, backslash-escaped characters, the character after
/// <c>_</c> or <c>*</c>, and other brackets such as <c>[Red]</c> or <c>[$-409]</c>. <c>General</c> and the
/// exponent of <c>0.00E+00</c> are no tokens.
/// </summary>
internal static class NumberFormatClassifier
{
    /// <summary>Classifies a format code.</summary>
    public static NumberFormatKind Classify(string code)
    {
        var hasDateOrTime = false;
        var hasDayOrYear = false;
        var hasElapsed = false;
        var index = 0;
        while (index < code.Length)
        {
            var character = code[index];
            switch (character)
            {
                case '"':
                    index = SkipQuoted(code, index);
                    continue;
                case '\\' or '_' or '*':
                    index += 2;
                    continue;
                case '[':
                    index = ReadBracket(code, index, ref hasElapsed);
                    continue;
            }

            if (StartsWithIgnoreCase(code, index, "General"))
            {
                index += "General".Length;
                continue;
            }

            if (character is 'E' or 'e' && index + 1 < code.Length && code[index + 1] is '+' or '-')
            {
                index += 2;
                continue;
            }

            if (StartsWithIgnoreCase(code, index, "AM/PM") || StartsWithIgnoreCase(code, index, "A/P"))
            {
                hasDateOrTime = true;
                index += code[index + 1] == '/' ? 3 : 5;
                continue;
            }

            switch (char.ToLowerInvariant(character))
            {
                case 'd' or 'y':
                    hasDateOrTime = true;
                    hasDayOrYear = true;
                    break;
                case 'm' or 'h' or 's':
                    hasDateOrTime = true;
                    break;
            }

            index++;
        }

        if (hasElapsed && !hasDayOrYear)
        {
            return NumberFormatKind.Duration;
        }

        return hasDateOrTime || hasElapsed ? NumberFormatKind.DateTime : NumberFormatKind.Number;
    }

    private static int SkipQuoted(string code, int index)
    {
        var end = code.IndexOf('"', index + 1);

        return end < 0 ? code.Length : end + 1;
    }

    private static int ReadBracket(string code, int index, ref bool hasElapsed)
    {
        var end = code.IndexOf(']', index + 1);
        if (end < 0)
        {
            return code.Length;
        }

        var content = code.AsSpan(index + 1, end - index - 1);
        if (IsElapsedToken(content))
        {
            hasElapsed = true;
        }

        return end + 1;
    }

    private static bool IsElapsedToken(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        var first = char.ToLowerInvariant(content[0]);
        if (first is not ('h' or 'm' or 's'))
        {
            return false;
        }

        foreach (var character in content)
        {
            if (char.ToLowerInvariant(character) != first)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithIgnoreCase(string code, int index, string token) =>
        code.AsSpan(index).StartsWith(token, StringComparison.OrdinalIgnoreCase);
}
