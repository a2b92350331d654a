namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Excel's worksheet limits.</summary>
internal static class XlsxLimits
{
    /// <summary>Last row, 1,048,576.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Last column, XFD.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Most characters a cell can hold.</summary>
    public const int MaxTextLength = 32_767;
}
