using Exports.Contracts;
using Exports.Storage;
using Exports.Tests.Support.Broker;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.Support.Hosting;

/// <summary>
/// Base of fixtures that drive a renderer on the real broker: each test gets its own environment, an observer of
/// the status events and a temporary folder, and starts the renderer itself, so it can wrap the renderer's blob
/// store first. Everything is stopped and removed after the test.
/// </summary>
public abstract class RendererBrokerFixture
{
    /// <summary>The test's environment on the shared broker.</summary>
    protected TestEnvironment environment = null!;

    /// <summary>Records the status events of the environment.</summary>
    protected BrokerObserver observer = null!;

    /// <summary>The renderer a test started, stopped after the test.</summary>
    protected InProcessRenderer? renderer;

    /// <summary>A folder for files the test writes.</summary>
    protected TemporaryFolder folder = null!;

    /// <summary>Creates the environment, the observer and the folder.</summary>
    [SetUp]
    public async Task StartAsync()
    {
        environment = await TestEnvironment.CreateAsync();
        observer = await BrokerObserver.StartAsync(environment);
        folder = new TemporaryFolder();
    }

    /// <summary>Stops the renderer and the observer and removes the environment and the folder.</summary>
    [TearDown]
    public async Task StopAsync()
    {
        if (renderer is not null)
        {
            await renderer.DisposeAsync();
            renderer = null;
        }

        await observer.DisposeAsync();
        await environment.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>An export request of a stored workbook, as an internal service would publish it.</summary>
    protected static ExportRequested Request(StoredWorkbook workbook, string format, ExportOptions? options = null) =>
        new()
        {
            ExportId = ExportId.New(),
            TenantId = workbook.TenantId,
            WorkbookId = workbook.WorkbookId,
            Format = format,
            Options = options,
            RequestedAt = DateTimeOffset.UtcNow,
        };

    /// <summary>The folder of an export's artifacts in the environment's blob store.</summary>
    protected string ExportFolder(ExportRequested request) =>
        Path.Combine(environment.DataDirectory, "blobs", BlobKeys.ExportPrefix(request.TenantId, request.ExportId));

    /// <summary>The folder of an export's manifest record in the environment's blob store.</summary>
    protected string ManifestFolder(ExportRequested request) =>
        Path.Combine(environment.DataDirectory, "blobs", BlobKeys.ManifestPrefix(request.TenantId, request.ExportId));
}
