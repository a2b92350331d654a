using Exports.Contracts;

namespace Exports.Renderer.Rendering;

/// <summary>
/// Thrown by a writer for a failure that retrying cannot fix, such as a character the requested encoding
/// cannot represent; the export fails with <see cref="Error"/>.
/// </summary>
public class ExportRenderException(ExportError error, Exception? innerException = null)
    : Exception(error.Message, innerException)
{
    /// <summary>The error reported in <c>ExportFailed</c>.</summary>
    public ExportError Error { get; } = error;
}
