using Exports.Contracts;
using Exports.Storage;
using Exports.Tests.Support.Broker;
using Exports.Tests.Support.Hosting;

namespace Exports.Tests.Exports;

/// <summary>
/// A renderer on the real broker, fed <see cref="ExportRequested"/> the way an internal service publishes it.
/// </summary>
[TestFixture]
public sealed class ExportJobOverBrokerTests
{
    private TestEnvironment environment = null!;
    private BrokerObserver observer = null!;

    [SetUp]
    public async Task StartAsync()
    {
        environment = await TestEnvironment.CreateAsync();
        observer = await BrokerObserver.StartAsync(environment);
    }

    [TearDown]
    public async Task StopAsync()
    {
        await observer.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Test]
    public async Task RequestBeforeRendererStartsIsKept()
    {
        var request = Request(format: "docx");
        await observer.PublishAsync(request);

        await using var renderer = await InProcessRenderer.StartAsync(environment);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.InvalidRequest));
            Assert.That(failed.Error.Field, Is.EqualTo("format"));
            Assert.That(failed.Error.Message, Does.Contain("'docx'"));
        }
    }

    [Test]
    public async Task UnknownWorkbookFailsExport()
    {
        await using var renderer = await InProcessRenderer.StartAsync(environment);
        var request = Request();

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.WorkbookNotFound));
            Assert.That(failed.TenantId, Is.EqualTo(request.TenantId));
            Assert.That(failed.WorkbookId, Is.EqualTo(request.WorkbookId));
        }
    }

    [Test]
    public async Task RequestIsRenderedOnce()
    {
        var early = Request();
        await observer.PublishAsync(early);
        await using var renderer = await InProcessRenderer.StartAsync(environment);
        var late = Request();

        await observer.PublishAsync(late);
        await observer.WaitForAsync<ExportFailed>(message => message.ExportId == late.ExportId);
        await observer.WaitForAsync<ExportFailed>(message => message.ExportId == early.ExportId);
        await Task.Delay(TimeSpan.FromSeconds(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(observer.Recorded<ExportFailed>(message => message.ExportId == early.ExportId), Has.Count.EqualTo(1));
            Assert.That(observer.Recorded<ExportFailed>(message => message.ExportId == late.ExportId), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task InvalidExportIdFailsExport()
    {
        await using var renderer = await InProcessRenderer.StartAsync(environment);
        var request = Request() with { ExportId = "exp_SHORT" };

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == "exp_SHORT");

        Assert.That(failed.Error.Field, Is.EqualTo("export_id"));
    }

    private static ExportRequested Request(string format = ExportFormat.Csv) => new()
    {
        ExportId = ExportId.New(),
        TenantId = "t_" + Guid.NewGuid().ToString("N")[..8],
        WorkbookId = Guid.NewGuid().ToString(),
        Format = format,
        RequestedAt = DateTimeOffset.UtcNow,
        RequestedBy = "billing-service",
    };
}
