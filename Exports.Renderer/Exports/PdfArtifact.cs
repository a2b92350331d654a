using Exports.Contracts;

namespace Exports.Renderer.Exports;

/// <summary>The sealed PDF of an export: the primary artifact of a PDF export, or the one beside an XLSX.</summary>
/// <param name="Artifact">The stored file.</param>
/// <param name="RowsOmitted">Rows with values its page limit left out.</param>
public sealed record PdfArtifact(ExportArtifact Artifact, long RowsOmitted)
{
    /// <summary>
    /// Name of the PDF among <see cref="ExportCompleted.ExtraArtifacts"/>, which the gateway's download serves as
    /// <c>artifact=pdf</c>.
    /// </summary>
    public const string Name = "pdf";
}
