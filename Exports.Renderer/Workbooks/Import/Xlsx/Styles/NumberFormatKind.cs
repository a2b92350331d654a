namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>What a number format shows a number as.</summary>
internal enum NumberFormatKind
{
    /// <summary>A plain number, percentage, currency, fraction or text.</summary>
    Number,

    /// <summary>A point in time: a date, a time of day or both.</summary>
    DateTime,

    /// <summary>A length of time with an elapsed-time token such as <c>[h]</c>, which has no date part.</summary>
    Duration,
}
