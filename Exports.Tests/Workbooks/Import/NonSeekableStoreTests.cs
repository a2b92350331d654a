using Exports.Storage;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class NonSeekableStoreTests
{
    [Test]
    public async Task ForwardOnlySourceIsSpooled()
    {
        using var harness = new ImportHarness(wrapStore: store => new ForwardOnlyBlobStore(store));
        var package = new XlsxPackageBuilder().WithSheet("S", "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>").Build();

        var workbook = await harness.ImportAsync(package);

        Assert.That((await harness.CellsAsync(workbook)).Single().Number, Is.EqualTo(7));
    }

    private sealed class ForwardOnlyBlobStore(IBlobStore inner) : IBlobStore
    {
        public Task<long> WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) =>
            inner.WriteAsync(key, write, cancellationToken);

        public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
            new ForwardOnlyStream(await inner.OpenReadAsync(key, cancellationToken));

        public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => inner.ExistsAsync(key, cancellationToken);

        public Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken) => inner.GetSizeAsync(key, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken) =>
            inner.DeletePrefixAsync(prefix, cancellationToken);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

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
}
