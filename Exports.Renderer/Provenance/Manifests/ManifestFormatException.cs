namespace Exports.Renderer.Provenance.Manifests;

/// <summary>Thrown when an embedded manifest cannot be read.</summary>
public sealed class ManifestFormatException(string message, Exception? innerException = null)
    : Exception(message, innerException);
