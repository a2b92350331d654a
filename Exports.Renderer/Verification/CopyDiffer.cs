using Exports.Contracts;
using Exports.Renderer.Provenance;
using Exports.Renderer.Provenance.Manifests;

namespace Exports.Renderer.Verification;

/// <summary>
/// Names what differs between the server's record of an export and a copy's recomputed scope. Sheets are matched
/// by name: a recorded sheet missing from the copy is <c>removed</c> and a new one <c>added</c> (with no cell),
/// a sheet whose place among the matched sheets moved is <c>modified</c> (with no cell), and the cells of each
/// matched sheet are compared digest by digest.
/// </summary>
internal sealed class CopyDiffer(ManifestRecords records, int maxDiffs)
{
    /// <summary>Returns the differences, at most the configured number, and whether more were cut.</summary>
    public async Task<(IReadOnlyList<CellDiff> Diffs, bool Truncated)> CompareAsync(
        ProvenanceManifest record, CbHashV1Result copy, CancellationToken cancellationToken)
    {
        var diffs = new DiffList(maxDiffs);
        var recorded = record.Sheets.ToDictionary(sheet => sheet.Name, StringComparer.Ordinal);
        var copied = copy.Sheets.ToDictionary(sheet => sheet.Name, StringComparer.Ordinal);

        AddSheetChanges(record, copy, recorded, copied, diffs);
        foreach (var sheet in copy.Sheets.Where(sheet => recorded.ContainsKey(sheet.Name)))
        {
            var recordedSheet = recorded[sheet.Name];
            if (recordedSheet.Hash == sheet.Hash)
            {
                continue;
            }

            if (diffs.IsFull)
            {
                diffs.MarkTruncated();
                break;
            }

            using var digests = await records.OpenDigestsAsync(
                record.TenantId, record.ExportId, recordedSheet.Index, cancellationToken);
            foreach (var difference in CellDigestDiff.Compare(digests.ReadAll(), sheet.CellDigests!.ReadAll()))
            {
                if (!diffs.Add(sheet.Name, difference.Reference, Status(difference.Change)))
                {
                    break;
                }
            }
        }

        return (diffs.Items, diffs.Truncated);
    }

    private static void AddSheetChanges(
        ProvenanceManifest record,
        CbHashV1Result copy,
        Dictionary<string, ManifestSheet> recorded,
        Dictionary<string, SheetHash> copied,
        DiffList diffs)
    {
        foreach (var sheet in record.Sheets.Where(sheet => !copied.ContainsKey(sheet.Name)))
        {
            diffs.Add(sheet.Name, null, "removed");
        }

        foreach (var sheet in copy.Sheets.Where(sheet => !recorded.ContainsKey(sheet.Name)))
        {
            diffs.Add(sheet.Name, null, "added");
        }

        var recordedOrder = record.Sheets.Select(sheet => sheet.Name).Where(copied.ContainsKey).ToList();
        var copiedOrder = copy.Sheets.Select(sheet => sheet.Name).Where(recorded.ContainsKey).ToList();
        for (var index = 0; index < copiedOrder.Count; index++)
        {
            if (copiedOrder[index] != recordedOrder[index])
            {
                diffs.Add(copiedOrder[index], null, "modified");
            }
        }
    }

    private static string Status(CellChange change) => change switch
    {
        CellChange.Added => "added",
        CellChange.Removed => "removed",
        _ => "modified",
    };

    /// <summary>Differences up to a limit.</summary>
    private sealed class DiffList(int limit)
    {
        private readonly List<CellDiff> items = [];

        public IReadOnlyList<CellDiff> Items => items;

        public bool Truncated { get; private set; }

        public bool IsFull => items.Count >= limit;

        public void MarkTruncated() => Truncated = true;

        public bool Add(string sheet, string? cell, string status)
        {
            if (IsFull)
            {
                Truncated = true;
                return false;
            }

            items.Add(new CellDiff { Sheet = sheet, Cell = cell, Status = status });

            return true;
        }
    }
}
