namespace Exports.Renderer.Provenance;

/// <summary>Compares two row-major digest lists of a sheet in one sorted merge, without holding either whole.</summary>
public static class CellDigestDiff
{
    /// <summary>
    /// Yields the cells that differ, in row-major order. A cell is modified when both lists contain it with
    /// different digests, added when only <paramref name="recomputed"/> contains it, and removed when only
    /// <paramref name="recorded"/> does.
    /// </summary>
    /// <exception cref="InvalidOperationException">Either list is not in row-major order.</exception>
    public static IEnumerable<CellDifference> Compare(
        IEnumerable<CellDigest> recorded, IEnumerable<CellDigest> recomputed)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(recomputed);

        return CompareSorted(recorded, recomputed);
    }

    private static IEnumerable<CellDifference> CompareSorted(
        IEnumerable<CellDigest> recorded, IEnumerable<CellDigest> recomputed)
    {
        using var before = new OrderedDigests(recorded);
        using var after = new OrderedDigests(recomputed);
        var hasBefore = before.MoveNext();
        var hasAfter = after.MoveNext();
        while (hasBefore || hasAfter)
        {
            if (hasBefore && (!hasAfter || before.Current.Precedes(after.Current)))
            {
                yield return new CellDifference(before.Current.Row, before.Current.Column, CellChange.Removed);
                hasBefore = before.MoveNext();
            }
            else if (hasAfter && (!hasBefore || after.Current.Precedes(before.Current)))
            {
                yield return new CellDifference(after.Current.Row, after.Current.Column, CellChange.Added);
                hasAfter = after.MoveNext();
            }
            else
            {
                if (before.Current.Digest != after.Current.Digest)
                {
                    yield return new CellDifference(before.Current.Row, before.Current.Column, CellChange.Modified);
                }

                hasBefore = before.MoveNext();
                hasAfter = after.MoveNext();
            }
        }
    }

    /// <summary>Enumerates digests and checks on the way that each follows the one before it.</summary>
    private sealed class OrderedDigests(IEnumerable<CellDigest> digests) : IDisposable
    {
        private readonly IEnumerator<CellDigest> enumerator = digests.GetEnumerator();

        public CellDigest Current { get; private set; }

        public bool MoveNext()
        {
            if (!enumerator.MoveNext())
            {
                return false;
            }

            var next = enumerator.Current;
            CellOrder.EnsureFollows(Current.Row, Current.Column, next.Row, next.Column);
            Current = next;

            return true;
        }

        public void Dispose() => enumerator.Dispose();
    }
}
