namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>XML declaration that starts every package part.</summary>
internal static class XlsxDeclaration
{
    /// <summary>Declaration of UTF-8, standalone XML.</summary>
    public static ReadOnlySpan<byte> Utf8 => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"u8;
}
