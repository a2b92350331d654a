using Exports.Contracts;
using Exports.Contracts.Validation;

namespace Exports.Renderer.Rendering;

/// <summary><see cref="ExportOptions"/> with every default applied and every text option resolved.</summary>
public sealed record RenderOptions
{
    /// <summary>Carry the source's cell styles into XLSX.</summary>
    public bool XlsxIncludeStyles { get; init; } = true;

    /// <summary>Freeze the header row of XLSX data sheets.</summary>
    public bool XlsxFreezeHeader { get; init; } = true;

    /// <summary>Size XLSX columns from their content.</summary>
    public bool XlsxAutoWidth { get; init; } = true;

    /// <summary>Write the Foundation, Workspace and Control zones.</summary>
    public bool XlsxThreeZone { get; init; } = true;

    /// <summary>Write a sealed PDF beside the XLSX.</summary>
    public bool XlsxSealedPdf { get; init; }

    /// <summary>Sign the manifest through the signing service.</summary>
    public bool XlsxSigning { get; init; }

    /// <summary>CSV field delimiter.</summary>
    public char CsvDelimiter { get; init; } = ',';

    /// <summary>Canonical CSV encoding name, one of <see cref="CsvEncodingNames"/>.</summary>
    public string CsvEncoding { get; init; } = CsvEncodingNames.Utf8WithBom;

    /// <summary>Indent JSON output.</summary>
    public bool JsonPrettyPrint { get; init; } = true;

    /// <summary>Redact personal data.</summary>
    /// <remarks>
    /// NOTE: no writer applies redaction yet; this option and the two after it are validated and carried, but have
    /// no effect on the output.
    /// </remarks>
    public bool SanitizePii { get; init; } = true;

    /// <summary>Lowest classification level that is redacted.</summary>
    public string ClassificationThreshold { get; init; } = ClassificationLevel.Default;

    /// <summary>How redacted values are replaced.</summary>
    public string RedactionStrategy { get; init; } = Contracts.RedactionStrategy.Mask;

    /// <summary>Applies defaults to validated options; throws when a text option is invalid.</summary>
    public static RenderOptions From(ExportOptions? options)
    {
        if (options is null)
        {
            return new RenderOptions();
        }

        if (!CsvDelimiterRules.TryResolve(options.CsvDelimiter, out var delimiter))
        {
            throw new ArgumentException($"CSV delimiter '{options.CsvDelimiter}' is invalid.", nameof(options));
        }

        if (!CsvEncodingNames.TryNormalize(options.CsvEncoding, out var encoding))
        {
            throw new ArgumentException($"CSV encoding '{options.CsvEncoding}' is not supported.", nameof(options));
        }

        var defaults = new RenderOptions();

        return new RenderOptions
        {
            XlsxIncludeStyles = options.XlsxIncludeStyles ?? defaults.XlsxIncludeStyles,
            XlsxFreezeHeader = options.XlsxFreezeHeader ?? defaults.XlsxFreezeHeader,
            XlsxAutoWidth = options.XlsxAutoWidth ?? defaults.XlsxAutoWidth,
            XlsxThreeZone = options.XlsxThreeZone ?? defaults.XlsxThreeZone,
            XlsxSealedPdf = options.XlsxSealedPdf ?? defaults.XlsxSealedPdf,
            XlsxSigning = options.XlsxSigning ?? defaults.XlsxSigning,
            CsvDelimiter = delimiter,
            CsvEncoding = encoding,
            JsonPrettyPrint = options.JsonPrettyPrint ?? defaults.JsonPrettyPrint,
            SanitizePii = options.SanitizePii ?? defaults.SanitizePii,
            ClassificationThreshold = options.ClassificationThreshold ?? defaults.ClassificationThreshold,
            RedactionStrategy = options.RedactionStrategy ?? defaults.RedactionStrategy,
        };
    }
}
