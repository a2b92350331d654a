using PdfSharp.Drawing;

namespace Exports.Renderer.Rendering.Pdf;

/// <summary>A stretch of text that one font draws.</summary>
/// <param name="Text">The characters, ready to draw.</param>
/// <param name="Font">The font that has a glyph for each of them.</param>
internal readonly record struct PdfTextRun(string Text, XFont Font);
