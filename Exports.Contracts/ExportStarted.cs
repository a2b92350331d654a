namespace Exports.Contracts;

/// <summary>A renderer has started an export.</summary>
public sealed record ExportStarted
{
    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>Workbook being exported.</summary>
    public required string WorkbookId { get; init; }

    /// <summary>Output format.</summary>
    public required string Format { get; init; }

    /// <summary>When rendering started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Name of the renderer instance, such as the pod name.</summary>
    public string? RendererInstance { get; init; }
}
