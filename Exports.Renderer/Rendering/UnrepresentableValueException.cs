using Exports.Contracts;

namespace Exports.Renderer.Rendering;

/// <summary>
/// Thrown when a cell value cannot be written in the requested format, such as a character the CSV encoding
/// lacks. The export fails with <see cref="ExportErrorCode.UnrepresentableValue"/> instead of writing a changed
/// value.
/// </summary>
/// <param name="sheetName">Name of the source sheet that contains the cell.</param>
/// <param name="cellReference">A1 reference of the cell, such as <c>B7</c>.</param>
/// <param name="message">What cannot be written and what to choose instead.</param>
public sealed class UnrepresentableValueException(string sheetName, string cellReference, string message)
    : ExportRenderException(new ExportError { Code = ExportErrorCode.UnrepresentableValue, Message = message })
{
    /// <summary>Error code of the failed export, <see cref="ExportErrorCode.UnrepresentableValue"/>.</summary>
    public string Code => Error.Code;

    /// <summary>Name of the source sheet that contains the cell.</summary>
    public string SheetName { get; } = sheetName;

    /// <summary>A1 reference of the cell.</summary>
    public string CellReference { get; } = cellReference;
}
