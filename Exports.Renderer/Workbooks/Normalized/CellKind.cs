namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Type of a normalised cell value. The byte values are part of the stored cell stream format.</summary>
public enum CellKind : byte
{
    /// <summary>A finite double.</summary>
    Number = 1,

    /// <summary>A non-empty string.</summary>
    Text = 2,

    /// <summary>TRUE or FALSE.</summary>
    Boolean = 3,

    /// <summary>An error literal such as <c>#DIV/0!</c>.</summary>
    Error = 4,

    /// <summary>A date or time, stored as its serial in the 1900 date system.</summary>
    DateTime = 5,
}
