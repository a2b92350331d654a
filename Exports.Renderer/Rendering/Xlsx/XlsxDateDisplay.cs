namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Which default number format a date cell gets when its source style has no date format.</summary>
internal enum XlsxDateDisplay
{
    /// <summary>Not a date cell.</summary>
    None,

    /// <summary>A whole day: <c>yyyy-mm-dd</c>.</summary>
    Date,

    /// <summary>A day and a time: <c>yyyy-mm-dd hh:mm:ss</c>.</summary>
    DateTime,

    /// <summary>A serial below 1, a time of day: <c>hh:mm:ss</c>.</summary>
    Time,
}
