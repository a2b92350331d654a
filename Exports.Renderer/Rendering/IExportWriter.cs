namespace Exports.Renderer.Rendering;

/// <summary>Writes one export format as a stream, never holding a whole sheet in memory.</summary>
public interface IExportWriter
{
    /// <summary>Format name this writer produces, one of <see cref="Exports.Contracts.ExportFormat"/>.</summary>
    string Format { get; }

    /// <summary>Returns the file name and content type the artifact of <paramref name="context"/> gets.</summary>
    ExportFileInfo Describe(RenderContext context);

    /// <summary>Writes the artifact into <paramref name="output"/>, reporting cells through the context.</summary>
    Task WriteAsync(RenderContext context, Stream output, CancellationToken cancellationToken);
}
