using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering;

/// <summary>Everything a writer needs for one export.</summary>
public sealed class RenderContext
{
    /// <summary>Export id.</summary>
    public required string ExportId { get; init; }

    /// <summary>Tenant that owns the export.</summary>
    public required string TenantId { get; init; }

    /// <summary>The normalised workbook.</summary>
    public required WorkbookDescriptor Workbook { get; init; }

    /// <summary>Sheets to export, in output order.</summary>
    public required IReadOnlyList<SheetDescriptor> Sheets { get; init; }

    /// <summary>Options with every default applied.</summary>
    public required RenderOptions Options { get; init; }

    /// <summary>Generation time written into the artifact (UTC).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Source of the sheets' cells.</summary>
    public required ISheetCellSource Cells { get; init; }

    /// <summary>Progress sink.</summary>
    public required IRenderProgress Progress { get; init; }

    /// <summary>Value changes made while writing.</summary>
    public RenderWarnings Warnings { get; } = new();

    /// <summary>The cb_hash_v1 of the exported data, set by the writer once it has written every sheet.</summary>
    public CbHashV1Result? Hash { get; set; }

    /// <summary>Hash scope of <see cref="Hash"/>: <c>foundation</c> or <c>validated</c>.</summary>
    public string? HashScope { get; set; }

    /// <summary>
    /// The signed provenance manifest embedded in the artifact, set by writers that embed one (XLSX) once the
    /// artifact is written; null for the other formats.
    /// </summary>
    public ProvenanceManifest? Manifest { get; set; }

    /// <summary>
    /// Per-cell digests of each sheet of the hash scope, in scope order, in the form
    /// <see cref="CellDigestWriter"/> writes; set with <see cref="Manifest"/> for the server's manifest record.
    /// </summary>
    public IReadOnlyList<CellDigestList>? CellDigests { get; set; }

    /// <summary>Rows with values the PDF writer left out at its page limit; null for the other formats.</summary>
    public long? PdfRowsOmitted { get; set; }

    /// <summary>Total cells to write, the sum over <see cref="Sheets"/>.</summary>
    public long TotalCells => Sheets.Sum(sheet => sheet.Statistics.CellCount);
}
