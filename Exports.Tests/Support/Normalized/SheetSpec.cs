using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Support.Normalized;

/// <summary>A sheet to store: its name, whether it is hidden, and its cells in row-major order.</summary>
public sealed record SheetSpec(string Name, IEnumerable<NormalizedCell> Cells, bool Hidden = false);
