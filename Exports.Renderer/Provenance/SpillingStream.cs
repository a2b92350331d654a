namespace Exports.Renderer.Provenance;

/// <summary>
/// A write-then-read buffer that keeps its bytes in memory up to a limit and in a temporary file, deleted when the
/// stream is disposed, beyond it. Writing appends; <see cref="OpenReadFromStart"/> reads what was written.
/// </summary>
internal sealed class SpillingStream(int memoryLimitBytes) : Stream
{
    private Stream inner = new MemoryStream();
    private bool spilled;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => inner.Length;
        set => throw new NotSupportedException("A spilling stream only appends.");
    }

    /// <summary>Returns a stream over everything written so far; disposing it leaves the buffer in place.</summary>
    public Stream OpenReadFromStart()
    {
        inner.Flush();
        inner.Position = 0;

        return new ReadView(inner);
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!spilled && inner.Length + buffer.Length > memoryLimitBytes)
        {
            Spill();
        }

        inner.Seek(0, SeekOrigin.End);
        inner.Write(buffer);
    }

    /// <inheritdoc />
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Read a spilling stream through OpenReadFromStart.");

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("A spilling stream only appends.");

    /// <inheritdoc />
    public override void SetLength(long value) =>
        throw new NotSupportedException("A spilling stream only appends.");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Spill()
    {
        var file = new FileStream(
            Path.GetTempFileName(),
            FileMode.Create,
            FileAccess.ReadWrite,
            FileShare.None,
            64 * 1024,
            FileOptions.DeleteOnClose);
        inner.Position = 0;
        inner.CopyTo(file);
        inner.Dispose();
        inner = file;
        spilled = true;
    }

    /// <summary>A read-only view that does not close the buffer under it.</summary>
    private sealed class ReadView(Stream source) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => source.Length;

        public override long Position
        {
            get => source.Position;
            set => throw new NotSupportedException("The view reads forward only.");
        }

        public override int Read(byte[] buffer, int offset, int count) => source.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => source.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            source.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) =>
            throw new NotSupportedException("The view reads forward only.");

        public override void SetLength(long value) => throw new NotSupportedException("The view is read-only.");

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new NotSupportedException("The view is read-only.");
    }
}
