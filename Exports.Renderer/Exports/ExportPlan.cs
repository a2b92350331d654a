using Exports.Contracts;
using Exports.Renderer.Rendering;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Exports;

/// <summary>A validated export request resolved against its workbook.</summary>
public sealed record ExportPlan
{
    /// <summary>The request.</summary>
    public required ExportRequested Request { get; init; }

    /// <summary>The workbook to export.</summary>
    public required WorkbookDescriptor Workbook { get; init; }

    /// <summary>Sheets to export, in output order.</summary>
    public required IReadOnlyList<SheetDescriptor> Sheets { get; init; }

    /// <summary>Options with defaults applied.</summary>
    public required RenderOptions Options { get; init; }
}
