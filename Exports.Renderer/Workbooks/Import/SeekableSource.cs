namespace Exports.Renderer.Workbooks.Import;

/// <summary>Makes an uploaded file's stream seekable, which ZIP reading and encoding detection need.</summary>
internal static class SeekableSource
{
    /// <summary>
    /// Returns <paramref name="stream"/> itself when it can seek; otherwise copies it to a temporary file that
    /// is deleted when the returned stream is disposed, and disposes <paramref name="stream"/>.
    /// </summary>
    public static async Task<Stream> EnsureAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        await using (stream)
        {
            var spool = new FileStream(
                Path.GetTempFileName(),
                FileMode.Create,
                FileAccess.ReadWrite,
                FileShare.None,
                81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            try
            {
                await stream.CopyToAsync(spool, cancellationToken);
                spool.Position = 0;

                return spool;
            }
            catch
            {
                await spool.DisposeAsync();
                throw;
            }
        }
    }
}
