namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>
/// One non-blank cell of the normalised stream. <see cref="Number"/> holds the value of numbers, dates
/// (1900-system serial) and booleans (1 or 0); <see cref="Text"/> holds strings and error literals.
/// </summary>
/// <param name="Row">1-based row number.</param>
/// <param name="Column">1-based column number.</param>
/// <param name="Kind">Value type.</param>
/// <param name="Number">Numeric value, for numbers, dates and booleans.</param>
/// <param name="Text">Text value, for strings and errors.</param>
/// <param name="StyleId">Index into the workbook's style table; 0 is the default style.</param>
/// <param name="Formula">Formula text without the leading '=', when the source cell had one.</param>
public readonly record struct NormalizedCell(
    int Row,
    int Column,
    CellKind Kind,
    double Number,
    string? Text,
    int StyleId = 0,
    string? Formula = null)
{
    /// <summary>Creates a number cell.</summary>
    public static NormalizedCell FromNumber(int row, int column, double value, int styleId = 0) =>
        new(row, column, CellKind.Number, value, null, styleId);

    /// <summary>Creates a text cell.</summary>
    public static NormalizedCell FromText(int row, int column, string value, int styleId = 0) =>
        new(row, column, CellKind.Text, 0, value, styleId);

    /// <summary>Creates a boolean cell.</summary>
    public static NormalizedCell FromBoolean(int row, int column, bool value, int styleId = 0) =>
        new(row, column, CellKind.Boolean, value ? 1 : 0, null, styleId);

    /// <summary>Creates an error cell from its literal, such as <c>#N/A</c>.</summary>
    public static NormalizedCell FromError(int row, int column, string literal, int styleId = 0) =>
        new(row, column, CellKind.Error, 0, literal, styleId);

    /// <summary>Creates a date cell from its 1900-system serial.</summary>
    public static NormalizedCell FromDateSerial(int row, int column, double serial, int styleId = 0) =>
        new(row, column, CellKind.DateTime, serial, null, styleId);

    /// <summary>The boolean value of a <see cref="CellKind.Boolean"/> cell.</summary>
    public bool BooleanValue => Number != 0;
}
