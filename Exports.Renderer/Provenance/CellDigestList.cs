namespace Exports.Renderer.Provenance;

/// <summary>
/// The serialised per-cell digests of one sheet, in the form <see cref="CellDigestWriter"/> writes. A list stays in
/// memory up to <see cref="MemoryLimitBytes"/> and moves to a temporary file beyond that, so recording digests of a
/// large sheet (about 10 bytes a cell) does not grow the process. Dispose it to remove the file.
/// </summary>
public sealed class CellDigestList : IDisposable
{
    /// <summary>Bytes kept in memory before the list moves to a temporary file.</summary>
    public const int MemoryLimitBytes = 1024 * 1024;

    private readonly SpillingStream buffer = new(MemoryLimitBytes);
    private readonly CellDigestWriter writer;

    /// <summary>Starts an empty list.</summary>
    public CellDigestList()
    {
        writer = new CellDigestWriter(buffer);
    }

    /// <summary>Length of the serialised list in bytes.</summary>
    public long Length => buffer.Length;

    /// <summary>Creates a completed list from digests in row-major order.</summary>
    public static CellDigestList From(IEnumerable<CellDigest> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);

        var list = new CellDigestList();
        foreach (var digest in digests)
        {
            list.Add(digest);
        }

        list.Complete();

        return list;
    }

    /// <summary>Appends the digest of the next cell.</summary>
    public void Add(in CellDigest digest) => writer.Write(digest);

    /// <summary>Writes the end marker; call once after the last cell, before reading.</summary>
    public void Complete() => writer.Complete();

    /// <summary>Reads every digest in order; one reader at a time.</summary>
    public IEnumerable<CellDigest> ReadAll()
    {
        using var reader = new CellDigestReader(buffer.OpenReadFromStart());
        foreach (var digest in reader.ReadAll())
        {
            yield return digest;
        }
    }

    /// <summary>Copies the serialised list into <paramref name="destination"/>.</summary>
    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        await using var source = buffer.OpenReadFromStart();
        await source.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>Returns the serialised list as bytes, for small lists and tests.</summary>
    public byte[] ToArray()
    {
        using var copy = new MemoryStream();
        using (var source = buffer.OpenReadFromStart())
        {
            source.CopyTo(copy);
        }

        return copy.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
    }
}
