namespace Exports.Renderer.Rendering.Pdf;

/// <summary>How a character of cell text is drawn.</summary>
internal enum PdfGlyphSource
{
    /// <summary>With the main font, which has it.</summary>
    Main,

    /// <summary>With the fallback font, which has it when the main font does not.</summary>
    Fallback,

    /// <summary>As a space: tab, line feed and carriage return, since every row is one line high.</summary>
    Space,

    /// <summary>As U+FFFD: a control character, or one no font has.</summary>
    Replacement,

    /// <summary>Not at all: a format character or mark that no font has, such as a variation selector.</summary>
    Dropped,
}
