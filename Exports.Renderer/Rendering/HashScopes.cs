namespace Exports.Renderer.Rendering;

/// <summary>Values of <see cref="RenderContext.HashScope"/> and the manifest version written beside them.</summary>
public static class HashScopes
{
    /// <summary>Every exported data sheet, under the name it has in the output.</summary>
    public const string Validated = "validated";

    /// <summary>The Foundation sheets of a three-zone workbook.</summary>
    public const string Foundation = "foundation";

    /// <summary>Version of the canonical hash that produced <see cref="RenderContext.Hash"/>.</summary>
    public const string ManifestVersion = "cb_hash_v1";
}
