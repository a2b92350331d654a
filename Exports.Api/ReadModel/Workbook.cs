namespace Exports.Api.ReadModel;

/// <summary>An imported workbook as the read model stores it.</summary>
public sealed record Workbook
{
    /// <summary>Tenant that owns it.</summary>
    public required string TenantId { get; init; }

    /// <summary>Workbook id, a lowercase UUID.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Detected source type: <c>xlsx</c>, <c>xlsm</c>, <c>csv</c> or <c>tsv</c>.</summary>
    public required string SourceFormat { get; init; }

    /// <summary>Worksheets in workbook order.</summary>
    public required IReadOnlyList<WorkbookSheet> Sheets { get; init; }

    /// <summary>When the import finished.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
