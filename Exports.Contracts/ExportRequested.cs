namespace Exports.Contracts;

/// <summary>
/// Asks the renderers to produce one export. The gateway publishes it for HTTP requests and internal
/// services may publish it straight onto the broker; the renderer validates every field again.
/// </summary>
public sealed record ExportRequested
{
    /// <summary>Export id minted by the publisher: <c>exp_</c> and at least 16 lowercase letters or digits.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the workbook and the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>Workbook to export, as a UUID in its 36-character form.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Output format: <c>xlsx</c>, <c>csv</c>, <c>json</c> or <c>pdf</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Sheet ids to export, in the order given; null or empty exports every sheet.</summary>
    public IReadOnlyList<string>? SheetIds { get; init; }

    /// <summary>Format options; null takes every default.</summary>
    public ExportOptions? Options { get; init; }

    /// <summary>When the export was requested (UTC).</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>Who requested it: a user subject or a service name, for the audit trail.</summary>
    public string? RequestedBy { get; init; }
}
