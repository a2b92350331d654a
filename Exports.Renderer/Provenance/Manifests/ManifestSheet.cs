namespace Exports.Renderer.Provenance.Manifests;

/// <summary>One sheet of a manifest's hash scope.</summary>
/// <param name="Index">Zero-based position in the scope.</param>
/// <param name="Name">Sheet name as hashed.</param>
/// <param name="CellCount">Non-blank cells hashed.</param>
/// <param name="Hash">The sheet's own cb_hash_v1, <c>sha256:</c> and lowercase hex.</param>
public sealed record ManifestSheet(int Index, string Name, long CellCount, string Hash);
