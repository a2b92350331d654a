namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>One Foundation sheet and its Workspace sheet as written, for the Control sheet.</summary>
/// <param name="FoundationName">Name of the Foundation sheet.</param>
/// <param name="Rows">Rows with values written to the Foundation sheet.</param>
/// <param name="Cells">Cells written to the Foundation sheet and hashed.</param>
/// <param name="Hash">The Foundation sheet's own cb_hash_v1.</param>
/// <param name="WorkspaceName">Name of the Workspace sheet.</param>
/// <param name="Workspace">What the Workspace sheet mirrors.</param>
internal sealed record XlsxZoneSummary(
    string FoundationName, int Rows, long Cells, string Hash, string WorkspaceName, XlsxWorkspaceResult Workspace);
