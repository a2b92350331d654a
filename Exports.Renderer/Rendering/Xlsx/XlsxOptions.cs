using System.ComponentModel.DataAnnotations;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Renderer settings of XLSX exports, section <c>Xlsx</c>.</summary>
public sealed class XlsxOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Xlsx";

    /// <summary>
    /// Maximum number of cells that the Workspace sheets of one three-zone export mirror in all. Each mirrored
    /// cell is a formula beside its Foundation value, so the mirror can double the cells of the file. Rows are
    /// mirrored whole, sheet by sheet. The mirror stops at the first row that no longer fits, and a cell of that
    /// Workspace sheet states where it stopped. 0 mirrors nothing. Default 1,000,000.
    /// </summary>
    [Range(0, long.MaxValue, ErrorMessage = "Configuration key 'Xlsx__WorkspaceMaxCells' must be 0 or more.")]
    public long WorkspaceMaxCells { get; set; } = 1_000_000;
}
