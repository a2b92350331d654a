namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>What a Workspace sheet mirrors of its Foundation sheet.</summary>
/// <param name="MirroredCells">Cells written as formulas.</param>
/// <param name="FirstRowNotMirrored">
/// The first row with values that the mirror left out, or null when the mirror is complete.
/// </param>
internal sealed record XlsxWorkspaceResult(long MirroredCells, int? FirstRowNotMirrored);
