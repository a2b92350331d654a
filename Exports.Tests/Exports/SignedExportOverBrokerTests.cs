using System.Diagnostics;
using Exports.Contracts;
using Exports.Renderer.Provenance.Manifests;
using Exports.Storage;
using Exports.Tests.Support.Broker;
using Exports.Tests.Support.Hosting;
using Exports.Tests.Support.Normalized;
using Exports.Tests.Support.Readers;
using Exports.Tests.Support.Signing;

namespace Exports.Tests.Exports;

/// <summary>
/// Exports with <c>xlsx_signing</c> rendered by a renderer on the real broker, signing through the test signing
/// service running as a separate process: a well-behaved service signs the export, a failing or slow one fails it.
/// </summary>
[TestFixture]
public sealed class SignedExportOverBrokerTests
{
    private TestSignerProcess service = null!;
    private TestEnvironment environment = null!;
    private BrokerObserver observer = null!;
    private InProcessRenderer renderer = null!;
    private TemporaryFolder folder = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        service = await TestSignerProcess.StartAsync();
        environment = await TestEnvironment.CreateAsync();
        observer = await BrokerObserver.StartAsync(environment);
        renderer = await InProcessRenderer.StartAsync(environment, service.RendererSettings());
        folder = new TemporaryFolder();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        folder.Dispose();
        await renderer.DisposeAsync();
        await observer.DisposeAsync();
        await environment.DisposeAsync();
        await service.DisposeAsync();
    }

    [SetUp]
    public Task BehaveAsync() => service.BehaveAsync(new TestSignerBehaviour());

    [Test]
    public async Task SignedExportCompletes()
    {
        var request = await RequestAsync();

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);
        var embedded = await ReadEmbeddedManifestAsync(completed);
        var record = await new ManifestRecords(environment.Blobs).FindAsync(
            request.TenantId, request.ExportId, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(embedded.Signature?.KeyId, Is.EqualTo(TestSignerProcess.KeyId));
            Assert.That(embedded.Signature?.PublicKey, Is.EqualTo(service.PublicKey));
            Assert.That(record?.Signature, Is.EqualTo(embedded.Signature));
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task RetriedSignerCompletesExport()
    {
        await service.BehaveAsync(new TestSignerBehaviour(FailuresBeforeSuccess: 2));
        var request = await RequestAsync();

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);
        var embedded = await ReadEmbeddedManifestAsync(completed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(embedded.Signature?.KeyId, Is.EqualTo(TestSignerProcess.KeyId));
            Assert.That(await service.RequestCountAsync(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task FailingSignerFailsExport()
    {
        await service.BehaveAsync(new TestSignerBehaviour(FailuresBeforeSuccess: -1));
        var request = await RequestAsync();

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.SigningFailed));
            Assert.That(failed.Error.Message, Does.Contain(service.Endpoint));
            Assert.That(failed.Error.Message, Does.Contain("HTTP 500"));
            Assert.That(Directory.Exists(Blob(BlobKeys.ExportPrefix(request.TenantId, request.ExportId))), Is.False);
            Assert.That(Directory.Exists(Blob(BlobKeys.ManifestPrefix(request.TenantId, request.ExportId))), Is.False);
            Assert.That(observer.Recorded<ExportCompleted>(message => message.ExportId == request.ExportId), Is.Empty);
        }
    }

    [Test]
    public async Task SlowSignerFailsExportInTime()
    {
        await service.BehaveAsync(new TestSignerBehaviour(DelayMs: 10_000));
        var request = await RequestAsync();
        var clock = Stopwatch.StartNew();

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.SigningFailed));
            Assert.That(failed.Error.Message, Does.Contain("timed out"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        }
    }

    [Test]
    public async Task GarbageSignerFailsExport()
    {
        await service.BehaveAsync(new TestSignerBehaviour(Garbage: true));
        var request = await RequestAsync();

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.SigningFailed));
            Assert.That(failed.Error.Message, Does.Contain("not JSON"));
        }
    }

    [Test]
    public async Task UnsignedExportSkipsSigner()
    {
        var request = await RequestAsync() with { Options = null };

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);
        var embedded = await ReadEmbeddedManifestAsync(completed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(embedded.Signature, Is.Null);
            Assert.That(await service.RequestCountAsync(), Is.Zero);
        }
    }

    private async Task<ExportRequested> RequestAsync()
    {
        var workbook = await StoredWorkbook.SaveAsync(environment.Blobs, "t_signed", ("Assets", StoredWorkbook.Grid(20, 4)));

        return new ExportRequested
        {
            ExportId = ExportId.New(),
            TenantId = workbook.TenantId,
            WorkbookId = workbook.WorkbookId,
            Format = ExportFormat.Xlsx,
            Options = new ExportOptions { XlsxSigning = true },
            RequestedAt = DateTimeOffset.UtcNow,
        };
    }

    private async Task<ProvenanceManifest> ReadEmbeddedManifestAsync(ExportCompleted completed)
    {
        var path = folder.File($"{completed.ExportId}.xlsx");
        await using (var artifact = await environment.Blobs.OpenReadAsync(completed.Artifact.StoragePath, CancellationToken.None))
        await using (var file = File.Create(path))
        {
            await artifact.CopyToAsync(file);
        }

        using var package = new XlsxPackage(path);

        return EmbeddedManifest.Read(package);
    }

    private string Blob(string key) => Path.Combine(environment.DataDirectory, "blobs", key);
}
