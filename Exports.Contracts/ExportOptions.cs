namespace Exports.Contracts;

/// <summary>
/// Format options of an export. A null property takes its default, stated on each property.
/// </summary>
public sealed record ExportOptions
{
    /// <summary>Carry the source's cell styles into XLSX. Default true.</summary>
    public bool? XlsxIncludeStyles { get; init; }

    /// <summary>Freeze the header row of XLSX data sheets. Default true.</summary>
    public bool? XlsxFreezeHeader { get; init; }

    /// <summary>Size XLSX columns from their content. Default true.</summary>
    public bool? XlsxAutoWidth { get; init; }

    /// <summary>Write the Foundation, Workspace and Control zones into XLSX. Default true.</summary>
    public bool? XlsxThreeZone { get; init; }

    /// <summary>Write a sealed PDF beside the XLSX. Default false.</summary>
    public bool? XlsxSealedPdf { get; init; }

    /// <summary>Sign the XLSX manifest through the signing service. Default false.</summary>
    public bool? XlsxSigning { get; init; }

    /// <summary>CSV field delimiter, one character. Default <c>,</c>.</summary>
    public string? CsvDelimiter { get; init; }

    /// <summary>CSV text encoding. Default <c>utf-8-sig</c> (UTF-8 with a byte order mark).</summary>
    public string? CsvEncoding { get; init; }

    /// <summary>Indent JSON output. Default true.</summary>
    public bool? JsonPrettyPrint { get; init; }

    /// <summary>Redact personal data. Default true.</summary>
    public bool? SanitizePii { get; init; }

    /// <summary>Lowest classification level that is redacted. Default <c>confidential</c>.</summary>
    public string? ClassificationThreshold { get; init; }

    /// <summary>
    /// How redacted values are replaced: <c>mask</c>, <c>hash</c> or <c>remove</c>. Default <c>mask</c>.
    /// </summary>
    public string? RedactionStrategy { get; init; }
}
