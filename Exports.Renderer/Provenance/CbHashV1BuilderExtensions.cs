using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Provenance;

/// <summary>Feeds normalised cells to a <see cref="CbHashV1Builder"/> as renderers stream them.</summary>
public static class CbHashV1BuilderExtensions
{
    /// <summary>
    /// Adds a normalised cell: numbers and dates (as their serial) with tag <c>n</c>, booleans <c>b</c>,
    /// text <c>s</c> and errors <c>e</c>. The cell's style and formula do not take part in the hash.
    /// </summary>
    public static void Add(this CbHashV1Builder builder, in NormalizedCell cell)
    {
        ArgumentNullException.ThrowIfNull(builder);

        switch (cell.Kind)
        {
            case CellKind.Number:
                builder.AddNumber(cell.Row, cell.Column, cell.Number);
                break;
            case CellKind.DateTime:
                builder.AddDateSerial(cell.Row, cell.Column, cell.Number);
                break;
            case CellKind.Boolean:
                builder.AddBoolean(cell.Row, cell.Column, cell.BooleanValue);
                break;
            case CellKind.Text:
                builder.AddString(cell.Row, cell.Column, cell.Text);
                break;
            case CellKind.Error:
                builder.AddError(cell.Row, cell.Column, cell.Text);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "The cell kind is not defined.");
        }
    }
}
