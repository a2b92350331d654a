using Exports.Contracts;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Storage;
using Exports.Tests.Support.Broker;
using Exports.Tests.Support.Hosting;

namespace Exports.Tests.Exports;

/// <summary>Renders stored workbooks through a renderer on the real broker and checks the events and files.</summary>
[TestFixture]
public sealed class ExportRenderingOverBrokerTests
{
    private TestEnvironment environment = null!;
    private BrokerObserver observer = null!;
    private InProcessRenderer renderer = null!;

    [SetUp]
    public async Task StartAsync()
    {
        environment = await TestEnvironment.CreateAsync();
        observer = await BrokerObserver.StartAsync(environment);
        renderer = await InProcessRenderer.StartAsync(environment);
    }

    [TearDown]
    public async Task StopAsync()
    {
        await renderer.DisposeAsync();
        await observer.DisposeAsync();
        await environment.DisposeAsync();
    }

    [Test]
    public async Task CompletedExportStoresArtifact()
    {
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Assets", StoredWorkbook.Grid(50, 4)), ("Notes", StoredWorkbook.Grid(3, 2)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);
        var size = await environment.Blobs.GetSizeAsync(completed.Artifact.StoragePath, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(size, Is.EqualTo(completed.FileSizeBytes));
            Assert.That(completed.Artifact.FileName, Is.EqualTo("Budget.xlsx"));
            Assert.That(completed.ResultSummary.SheetCount, Is.EqualTo(2));
            Assert.That(completed.ResultSummary.CellCount, Is.EqualTo(50 * 4 + 3 * 2));
            Assert.That(completed.ResultSummary.RowCount, Is.EqualTo(53));
            Assert.That(completed.ResultSummary.Provenance?.DataHash, Does.StartWith("sha256:"));
            Assert.That(Started(request), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task SelectedSheetsAreExportedInOrder()
    {
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("First", StoredWorkbook.Grid(2, 2)), ("Second", StoredWorkbook.Grid(4, 2)));
        var request = Request(workbook, ExportFormat.Csv) with { SheetIds = [workbook.Descriptor.Sheets[1].SheetId] };

        await observer.PublishAsync(request);
        var completed = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed.ResultSummary.SheetCount, Is.EqualTo(1));
            Assert.That(completed.ResultSummary.CellCount, Is.EqualTo(8));
            Assert.That(completed.Artifact.ContentType, Is.EqualTo("text/csv"));
        }
    }

    [Test]
    public async Task RedeliveredRequestRepublishesResult()
    {
        var workbook = await SaveAsync(("Assets", StoredWorkbook.Grid(5, 3)));
        var request = Request(workbook, ExportFormat.Json);
        await observer.PublishAsync(request);
        var first = await observer.WaitForAsync<ExportCompleted>(message => message.ExportId == request.ExportId);

        await observer.PublishAsync(request);
        await WaitUntilAsync(() => Completed(request).Count == 2);
        var second = Completed(request)[1];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.CompletedAt, Is.EqualTo(first.CompletedAt));
            Assert.That(second.FileSizeBytes, Is.EqualTo(first.FileSizeBytes));
            Assert.That(Started(request), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task CancelMarkerPreventsRendering()
    {
        var workbook = await SaveAsync(("Assets", StoredWorkbook.Grid(5, 3)));
        var request = Request(workbook, ExportFormat.Csv);
        await environment.Blobs.WriteAsync(
            BlobKeys.CancellationMarker(request.TenantId, request.ExportId),
            (_, _) => Task.CompletedTask,
            CancellationToken.None);

        await observer.PublishAsync(request);
        await observer.WaitForAsync<ExportCancelled>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Started(request), Is.Empty);
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task CancelCommandStopsRunningExport()
    {
        var workbook = await SaveAsync(("Big", StoredWorkbook.Grid(400_000, 10)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        await observer.WaitForAsync<ExportStarted>(message => message.ExportId == request.ExportId);
        await observer.PublishAsync(new CancelExport
        {
            ExportId = request.ExportId, TenantId = request.TenantId, RequestedAt = DateTimeOffset.UtcNow,
        });
        await observer.WaitForAsync<ExportCancelled>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Completed(request), Is.Empty);
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task ProgressIsThrottledAndMonotonic()
    {
        var workbook = await SaveAsync(("Big", StoredWorkbook.Grid(300_000, 10)));
        var request = Request(workbook, ExportFormat.Xlsx);

        await observer.PublishAsync(request);
        await observer.WaitForAsync<ExportCompleted>(
            message => message.ExportId == request.ExportId, TimeSpan.FromMinutes(3));
        var progress = observer.Recorded<ExportProgressed>(message => message.ExportId == request.ExportId)
            .OrderBy(message => message.OccurredAt).ToList();

        Assert.That(progress, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            for (var index = 1; index < progress.Count; index++)
            {
                Assert.That(progress[index].Percent, Is.GreaterThanOrEqualTo(progress[index - 1].Percent));
                Assert.That(
                    progress[index].OccurredAt - progress[index - 1].OccurredAt,
                    Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(450)));
            }

            Assert.That(progress[^1].Total, Is.EqualTo(300_000 * 10));
        }
    }

    [Test]
    public async Task UnrepresentableCharacterFailsExport()
    {
        var workbook = await StoredWorkbook.SaveAsync(
            environment.Blobs, "t_alpha", ("Prices", [NormalizedCell.FromText(1, 1, "Price in €")]));
        var request = Request(workbook, ExportFormat.Csv) with
        {
            Options = new ExportOptions { CsvEncoding = "latin-1" },
        };

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.UnrepresentableValue));
            Assert.That(failed.Error.Message, Does.Contain("A1"));
            Assert.That(Directory.Exists(ExportFolder(request)), Is.False);
        }
    }

    [Test]
    public async Task UnknownSheetIdFailsExport()
    {
        var workbook = await SaveAsync(("Assets", StoredWorkbook.Grid(2, 2)));
        var missing = Guid.NewGuid().ToString();
        var request = Request(workbook, ExportFormat.Csv) with { SheetIds = [missing] };

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.SheetNotFound));
            Assert.That(failed.Error.Field, Is.EqualTo("sheet_ids"));
            Assert.That(failed.Error.Message, Does.Contain(missing));
        }
    }

    [Test]
    public async Task OtherTenantsWorkbookIsNotFound()
    {
        var workbook = await SaveAsync(("Assets", StoredWorkbook.Grid(2, 2)));
        var request = Request(workbook, ExportFormat.Csv) with { TenantId = "t_beta" };

        await observer.PublishAsync(request);
        var failed = await observer.WaitForAsync<ExportFailed>(message => message.ExportId == request.ExportId);

        Assert.That(failed.Error.Code, Is.EqualTo(ExportErrorCode.WorkbookNotFound));
    }

    private Task<StoredWorkbook> SaveAsync(params (string Name, IEnumerable<NormalizedCell> Cells)[] sheets) =>
        StoredWorkbook.SaveAsync(environment.Blobs, "t_alpha", sheets);

    private IReadOnlyList<ExportStarted> Started(ExportRequested request) =>
        observer.Recorded<ExportStarted>(message => message.ExportId == request.ExportId);

    private IReadOnlyList<ExportCompleted> Completed(ExportRequested request) =>
        observer.Recorded<ExportCompleted>(message => message.ExportId == request.ExportId);

    private string ExportFolder(ExportRequested request) =>
        Path.Combine(environment.DataDirectory, "blobs", BlobKeys.ExportPrefix(request.TenantId, request.ExportId));

    private static ExportRequested Request(StoredWorkbook workbook, string format) => new()
    {
        ExportId = ExportId.New(),
        TenantId = workbook.TenantId,
        WorkbookId = workbook.WorkbookId,
        Format = format,
        RequestedAt = DateTimeOffset.UtcNow,
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("The condition did not hold within 60 s.");
            }

            await Task.Delay(100);
        }
    }
}
