namespace Exports.Contracts;

/// <summary>An export failed for good; nothing of it is downloadable.</summary>
public sealed record ExportFailed
{
    /// <summary>Export id as the request gave it.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant as the request gave it.</summary>
    public required string TenantId { get; init; }

    /// <summary>Workbook as the request gave it; null when the request carried none.</summary>
    public string? WorkbookId { get; init; }

    /// <summary>Format as the request gave it; null when the request carried none.</summary>
    public string? Format { get; init; }

    /// <summary>What went wrong.</summary>
    public required ExportError Error { get; init; }

    /// <summary>When the export failed (UTC).</summary>
    public required DateTimeOffset FailedAt { get; init; }
}
