using System.Buffers;

namespace Exports.Renderer.Provenance;

/// <summary>
/// Computes cb_hash_v1 in one pass: the data hash of the scope and, at the same time, each sheet's own hash,
/// cell count and, when asked, per-cell digests. Call <see cref="BeginSheet"/> for each sheet of the scope in
/// workbook order, add its cells in row-major order, then call <see cref="Complete"/>. Blank cells (an empty or
/// null string) are skipped. Adding a cell allocates nothing, except to grow the scratch buffer for a long value
/// and the digest list when digests are recorded.
/// </summary>
public sealed class CbHashV1Builder : IDisposable
{
    private const int InitialBufferLength = 1024;

    private readonly List<SheetHash> sheets = [];
    private readonly bool recordCellDigests;
    private readonly CbHashV1Hashes hashes;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferLength);
    private SheetHashState? sheet;
    private CbHashV1Result? result;

    /// <summary>Starts a hash.</summary>
    /// <param name="recordCellDigests">
    /// Whether to keep a <see cref="CellDigest"/> for every cell, about 10 bytes a cell in a
    /// <see cref="CellDigestList"/> per sheet, which moves to a temporary file past 1 MiB.
    /// </param>
    /// <param name="transcript">
    /// Receives a copy of every byte hashed into the data hash, for test vectors and for finding why two hashes
    /// differ; the caller keeps ownership.
    /// </param>
    public CbHashV1Builder(bool recordCellDigests = false, Stream? transcript = null)
    {
        this.recordCellDigests = recordCellDigests;
        hashes = new CbHashV1Hashes(transcript);
    }

    /// <summary>Ends the current sheet, if any, and starts the next sheet of the scope.</summary>
    public void BeginSheet(string name)
    {
        EnsureNotCompleted();
        ArgumentException.ThrowIfNullOrEmpty(name);
        EndSheet();

        var record = Reserve(CbHashV1Framing.SheetPrefixLength, CanonicalText.GetMaxByteCount(name.Length));
        var nameLength = CanonicalText.GetExactBytes(name, record[CbHashV1Framing.SheetPrefixLength..]);
        CbHashV1Framing.WriteSheetPrefix(record, nameLength);
        hashes.BeginSheet();
        hashes.Append(record[..(CbHashV1Framing.SheetPrefixLength + nameLength)]);
        sheet = new SheetHashState(sheets.Count, name, recordCellDigests);
    }

    /// <summary>Adds a number cell; the value must be finite.</summary>
    public void AddNumber(int row, int column, double value)
    {
        var current = EnsureSheet();
        var record = Reserve(CbHashV1Framing.CellPrefixLength, CanonicalNumber.MaxLength);
        var length = CanonicalNumber.Format(value, record[CbHashV1Framing.CellPrefixLength..]);
        AppendCell(current, row, column, CbHashValueType.Number, length);
    }

    /// <summary>Adds a date or time cell from its 1900-system serial, which is hashed as a number.</summary>
    public void AddDateSerial(int row, int column, double serial) => AddNumber(row, column, serial);

    /// <summary>Adds a string cell, canonicalised by <see cref="CanonicalText"/>; empty or null is blank.</summary>
    public void AddString(int row, int column, string? value)
    {
        var current = EnsureSheet();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var record = Reserve(CbHashV1Framing.CellPrefixLength, CanonicalText.GetMaxByteCount(value.Length));
        var length = CanonicalText.GetBytes(value, record[CbHashV1Framing.CellPrefixLength..]);
        AppendCell(current, row, column, CbHashValueType.String, length);
    }

    /// <summary>Adds a boolean cell, hashed as <c>TRUE</c> or <c>FALSE</c>.</summary>
    public void AddBoolean(int row, int column, bool value) =>
        AddCell(row, column, CbHashValueType.Boolean, value ? "TRUE" : "FALSE");

    /// <summary>Adds an error cell from its literal, such as <c>#DIV/0!</c>; empty or null is blank.</summary>
    public void AddError(int row, int column, string? literal) =>
        AddCell(row, column, CbHashValueType.Error, literal);

    /// <summary>
    /// Adds a cell whose value is already in canonical form, hashed exactly as given. An empty or null value is
    /// blank. Use the typed methods for values that still need canonicalising.
    /// </summary>
    public void AddCell(int row, int column, CbHashValueType type, string? canonicalValue)
    {
        var current = EnsureSheet();
        CanonicalValue.EnsureValid(type, canonicalValue);
        if (string.IsNullOrEmpty(canonicalValue))
        {
            return;
        }

        var record = Reserve(CbHashV1Framing.CellPrefixLength, CanonicalText.GetMaxByteCount(canonicalValue.Length));
        var length = CanonicalText.GetExactBytes(canonicalValue, record[CbHashV1Framing.CellPrefixLength..]);
        AppendCell(current, row, column, type, length);
    }

    /// <summary>Ends the last sheet and returns the data hash and the per-sheet results.</summary>
    public CbHashV1Result Complete()
    {
        if (result is not null)
        {
            return result;
        }

        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        EndSheet();
        result = new CbHashV1Result { DataHash = hashes.CompleteData(), Sheets = [.. sheets] };

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        sheet?.Dispose();
        hashes.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void AppendCell(SheetHashState current, int row, int column, CbHashValueType type, int valueLength)
    {
        CellOrder.EnsureFollows(current.LastRow, current.LastColumn, row, column);

        var record = buffer.AsSpan(0, CbHashV1Framing.CellPrefixLength + valueLength);
        CbHashV1Framing.WriteCellPrefix(record, row, column, type, valueLength);
        hashes.Append(record);

        var digest = 0UL;
        if (current.RecordsCellDigests)
        {
            // The record is hashed already, so the last length byte may hold the tag to make tag + value contiguous.
            var tagged = record[(CbHashV1Framing.CellPrefixLength - 1)..];
            tagged[0] = (byte)type;
            digest = CellDigest.ComputeTagged(tagged);
        }

        current.Add(row, column, digest);
    }

    private void EndSheet()
    {
        if (sheet is null)
        {
            return;
        }

        sheets.Add(new SheetHash
        {
            Index = sheet.Index,
            Name = sheet.Name,
            CellCount = sheet.CellCount,
            Hash = hashes.CompleteSheet(),
            CellDigests = sheet.CompleteDigests(),
        });
        sheet.Dispose();
        sheet = null;
    }

    private Span<byte> Reserve(int prefixLength, int maxValueLength)
    {
        var needed = prefixLength + maxValueLength;
        if (buffer.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(needed);
        }

        return buffer.AsSpan(0, needed);
    }

    private SheetHashState EnsureSheet()
    {
        EnsureNotCompleted();

        return sheet ?? throw new InvalidOperationException(
            "No sheet is open: call BeginSheet before adding cells, since every cell belongs to a sheet.");
    }

    private void EnsureNotCompleted()
    {
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        if (result is not null)
        {
            throw new InvalidOperationException("The hash is complete: start a new builder to hash more cells.");
        }
    }
}
