using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>The typed value of a cell before its position, style and formula are attached.</summary>
internal readonly record struct CellValue(CellKind Kind, double Number, string? Text);
