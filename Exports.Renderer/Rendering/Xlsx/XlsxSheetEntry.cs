using System.Globalization;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>A worksheet part written into the package.</summary>
/// <param name="Name">Sheet name shown on the tab.</param>
/// <param name="Hidden">Whether the sheet is hidden.</param>
/// <param name="Number">1-based position; names the part, its relationship id and its sheet id.</param>
internal sealed record XlsxSheetEntry(string Name, bool Hidden, int Number)
{
    /// <summary>Part name inside the package, such as <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string PartName => string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{Number}.xml");
}
