using System.Collections.Concurrent;

namespace Exports.Renderer.Exports;

/// <summary>The exports this instance is rendering, so that a cancel command can stop one.</summary>
public sealed class RunningExports
{
    private readonly ConcurrentDictionary<string, RunningExport> running = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers an export whose token is cancelled by <see cref="Cancel"/> or by <paramref name="consumeToken"/>;
    /// dispose the registration when the export ends.
    /// </summary>
    public RunningExport Register(string exportId, string tenantId, CancellationToken consumeToken)
    {
        var export = new RunningExport(exportId, tenantId, consumeToken, Remove);
        running[exportId] = export;

        return export;
    }

    /// <summary>Cancels a running export of the tenant; returns false when this instance is not rendering it.</summary>
    public bool Cancel(string exportId, string tenantId)
    {
        if (!running.TryGetValue(exportId, out var export) || export.TenantId != tenantId)
        {
            return false;
        }

        export.RequestCancel();

        return true;
    }

    private void Remove(RunningExport export) =>
        running.TryRemove(new KeyValuePair<string, RunningExport>(export.ExportId, export));
}
