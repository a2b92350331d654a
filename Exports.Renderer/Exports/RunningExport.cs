namespace Exports.Renderer.Exports;

/// <summary>One export registered in <see cref="RunningExports"/>.</summary>
public sealed class RunningExport : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly Action<RunningExport> remove;
    private int cancelRequested;

    internal RunningExport(
        string exportId, string tenantId, CancellationToken consumeToken, Action<RunningExport> remove)
    {
        ExportId = exportId;
        TenantId = tenantId;
        source = CancellationTokenSource.CreateLinkedTokenSource(consumeToken);
        this.remove = remove;
    }

    /// <summary>Export id.</summary>
    public string ExportId { get; }

    /// <summary>Tenant that owns the export.</summary>
    public string TenantId { get; }

    /// <summary>Cancelled when the export is cancelled or when the host stops consuming.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>Whether a cancel command stopped the export, as opposed to the host shutting down.</summary>
    public bool CancelRequested => Volatile.Read(ref cancelRequested) == 1;

    /// <summary>Stops the export because it was cancelled.</summary>
    public void RequestCancel()
    {
        Interlocked.Exchange(ref cancelRequested, 1);
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The export ended while the cancel arrived; there is nothing left to stop.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        remove(this);
        source.Dispose();
    }
}
