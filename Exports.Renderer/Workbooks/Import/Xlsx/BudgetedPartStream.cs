namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// A read-only stream over one expanded ZIP entry that charges every byte read to a <see cref="PartReadBudget"/>.
/// </summary>
internal sealed class BudgetedPartStream(Stream inner, string partName, long compressedBytes, PartReadBudget budget)
    : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        position += read;
        budget.Add(partName, position, compressedBytes, read);

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
