using System.Text;

namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>The text encoding of a delimited file and the length of its byte order mark.</summary>
/// <param name="Encoding">Encoding to decode the bytes after the mark with.</param>
/// <param name="PreambleLength">Bytes of byte order mark to skip, 0 when there is none.</param>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength);
