namespace Exports.Renderer.Rendering;

/// <summary>Cuts text to a length in UTF-16 code units without splitting a surrogate pair.</summary>
internal static class TextCut
{
    /// <summary>
    /// Returns the longest prefix of at most <paramref name="maxLength"/> chars that ends between characters.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;

        return text[..length];
    }
}
