namespace Exports.Contracts;

/// <summary>Names of the export formats, as they appear in requests and in <c>format</c> fields.</summary>
public static class ExportFormat
{
    /// <summary>Excel workbook.</summary>
    public const string Xlsx = "xlsx";

    /// <summary>Comma-separated values; several sheets become a ZIP of one CSV file per sheet.</summary>
    public const string Csv = "csv";

    /// <summary>One JSON document with every sheet.</summary>
    public const string Json = "json";

    /// <summary>
    /// A sealed PDF of every sheet under its Foundation name, stamped with the data hash an XLSX export of the
    /// same data gets. The same document an XLSX export writes beside itself with <c>xlsx_sealed_pdf</c>.
    /// </summary>
    public const string Pdf = "pdf";

    /// <summary>Every format a request may name.</summary>
    public static IReadOnlyList<string> All { get; } = [Xlsx, Csv, Json, Pdf];

    /// <summary>Returns whether <paramref name="format"/> is one of <see cref="All"/>, compared exactly.</summary>
    public static bool IsSupported(string? format) =>
        format is not null && All.Contains(format, StringComparer.Ordinal);
}
