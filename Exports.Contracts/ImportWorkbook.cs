namespace Exports.Contracts;

/// <summary>
/// Asks a renderer to read an uploaded source file and normalise it into the typed cell stream.
/// Answered with <see cref="WorkbookImported"/> or <see cref="WorkbookImportRejected"/>.
/// </summary>
public sealed record ImportWorkbook
{
    /// <summary>Id the gateway minted for the workbook, a UUID.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Tenant that uploaded it.</summary>
    public required string TenantId { get; init; }

    /// <summary>File name as uploaded; a hint only, since the content decides the type.</summary>
    public required string FileName { get; init; }

    /// <summary>Blob store key of the uploaded bytes.</summary>
    public required string SourcePath { get; init; }
}
