using System.Data.Common;

namespace Exports.Renderer.Rendering.Csv;

/// <summary>Writes the records of a reader as CSV lines ending in CR LF, quoting fields as needed.</summary>
internal interface ICsvRecordWriter
{
    /// <summary>Writes every record of <paramref name="records"/>.</summary>
    Task WriteAsync(DbDataReader records, CancellationToken cancellationToken);
}
