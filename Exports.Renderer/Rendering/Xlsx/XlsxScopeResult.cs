using Exports.Renderer.Provenance;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>The sheets of the hash scope as written.</summary>
/// <param name="Hash">Their cb_hash_v1, with per-cell digests.</param>
/// <param name="Rows">Rows with values written per sheet, in scope order.</param>
internal sealed record XlsxScopeResult(CbHashV1Result Hash, IReadOnlyList<int> Rows);
