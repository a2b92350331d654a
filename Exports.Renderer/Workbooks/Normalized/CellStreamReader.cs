using System.Text;

namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>Reads a stored cell stream one cell at a time, so no sheet is ever held in memory whole.</summary>
public sealed class CellStreamReader : IDisposable
{
    private readonly BinaryReader reader;
    private bool ended;

    /// <summary>
    /// Opens a stream written by <see cref="CellStreamWriter"/>; the reader owns <paramref name="input"/>.
    /// </summary>
    public CellStreamReader(Stream input)
    {
        reader = new BinaryReader(new BufferedStream(input, 64 * 1024), new UTF8Encoding(false), leaveOpen: false);

        Span<byte> magic = stackalloc byte[4];
        reader.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(CellStreamFormat.Magic))
        {
            throw new InvalidDataException("The stored cell stream has no 'XCS1' header: it is not a normalised sheet.");
        }
    }

    /// <summary>Reads the next cell; returns false after the last one.</summary>
    public bool TryRead(out NormalizedCell cell)
    {
        cell = default;
        if (ended)
        {
            return false;
        }

        var tag = reader.ReadByte();
        if (tag == CellStreamFormat.EndOfStream)
        {
            ended = true;
            return false;
        }

        var kind = (CellKind)(tag & ~CellStreamFormat.FormulaFlag);
        var row = reader.Read7BitEncodedInt();
        var column = reader.Read7BitEncodedInt();
        var style = reader.Read7BitEncodedInt();
        var (number, text) = ReadValue(kind);
        var formula = (tag & CellStreamFormat.FormulaFlag) != 0 ? reader.ReadString() : null;
        cell = new NormalizedCell(row, column, kind, number, text, style, formula);

        return true;
    }

    /// <summary>Reads every remaining cell lazily.</summary>
    public IEnumerable<NormalizedCell> ReadAll()
    {
        while (TryRead(out var cell))
        {
            yield return cell;
        }
    }

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();

    private (double Number, string? Text) ReadValue(CellKind kind) => kind switch
    {
        CellKind.Number or CellKind.DateTime => (reader.ReadDouble(), null),
        CellKind.Boolean => (reader.ReadBoolean() ? 1 : 0, null),
        CellKind.Text or CellKind.Error => (0, reader.ReadString()),
        _ => throw new InvalidDataException($"The stored cell stream holds unknown cell kind {(byte)kind}."),
    };
}
