using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering;

/// <summary>Opens the normalised cells of the sheets being exported.</summary>
public interface ISheetCellSource
{
    /// <summary>Opens a sheet's cells in row-major order; the caller disposes the reader.</summary>
    Task<CellStreamReader> OpenAsync(SheetDescriptor sheet, CancellationToken cancellationToken);
}
